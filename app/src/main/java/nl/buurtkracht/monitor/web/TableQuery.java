// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import nl.buurtkracht.monitor.view.TableSort;
import org.jspecify.annotations.Nullable;

/**
 * The gemeente table as a link asks for it: {@code ?jaar=2019&niveau=buurten&sorteer=index&richting=aflopend&pagina=2}.
 * Without a level it shows buurten, or wijken when the gemeente has no buurten; without a sort, the most
 * vulnerable first.
 */
record TableQuery(String code, @Nullable Integer year, @Nullable String level, @Nullable String sort,
		@Nullable String direction, int page) {

	MunicipalityReport resolve(NeighbourhoodMonitor monitor) {
		AreaCode municipality = AreaCode.parse(code)
			.filter(parsed -> parsed.level() == AreaLevel.MUNICIPALITY)
			.orElseThrow(MonitorPages::notFound);
		TableSort column = TableSort.ofParameter(sort).orElse(TableSort.INDEX);
		boolean descending = direction == null ? column.descendingByDefault() : MonitorLinks.DESCENDING.equals(direction);
		AreaLevel chosen = MonitorLinks.level(level).orElse(AreaLevel.NEIGHBOURHOOD);
		int zeroBased = Math.max(0, page - 1);
		MunicipalityReport report = monitor
			.municipality(municipality, year, chosen, column, descending, zeroBased, MonitorPages.PAGE_SIZE)
			.orElseThrow(MonitorPages::notFound);
		if (level == null && report.count(AreaLevel.NEIGHBOURHOOD) == 0 && report.count(AreaLevel.DISTRICT) > 0) {
			return monitor.municipality(municipality, report.year(), AreaLevel.DISTRICT, column, descending, zeroBased,
					MonitorPages.PAGE_SIZE).orElseThrow(MonitorPages::notFound);
		}
		return report;
	}

}
