// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.AreaSummary;
import org.springframework.stereotype.Component;

/**
 * Dutch page paths of areas, for controllers and templates ({@code ${@areaLinks.href(child)}}). A link
 * names the year only when it is not the newest year of the code, so that ordinary links stay short
 * and a page about 2019 keeps linking to 2019.
 */
@Component("areaLinks")
class AreaLinks {

	static String segment(AreaLevel level) {
		return switch (level) {
			case MUNICIPALITY -> "gemeenten";
			case DISTRICT -> "wijken";
			case NEIGHBOURHOOD -> "buurten";
		};
	}

	static String path(AreaCode code) {
		return "/" + segment(code.level()) + "/" + code.value();
	}

	public String href(AreaSummary area) {
		return area.isNewestYear() ? path(area.code()) : path(area.code()) + "?jaar=" + area.year();
	}

	public String href(Area area, boolean newestYear) {
		return newestYear ? path(area.code()) : path(area.code()) + "?jaar=" + area.year();
	}

}
