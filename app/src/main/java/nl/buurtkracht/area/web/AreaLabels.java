// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import org.springframework.stereotype.Component;

/**
 * An area as people name it, for pages of other modules that store only a CBS code
 * ({@code ${@areaLabels.of(code)}}): "Vogelbuurt (BU99010101)", or the bare code when the area is unknown.
 */
@Component("areaLabels")
class AreaLabels {

	private final AreaCatalogue catalogue;

	AreaLabels(AreaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public String of(String code) {
		return AreaCode.parse(code)
			.flatMap(parsed -> catalogue.find(parsed, null))
			.map(area -> area.name() + " (" + area.code().value() + ")")
			.orElse(code);
	}

}
