// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import nl.buurtkracht.area.Figure;
import nl.buurtkracht.area.Figures;

/**
 * Every figure of an area in a year, by normalised CBS label (for example
 * {@code wonen.gemiddelde.woz.waarde.van.woningen.x.1.000.euro}). Suppressed values are left out.
 */
record FiguresResource(String code, int year, String source, Map<String, BigDecimal> figures) {

	static FiguresResource of(Figures figures) {
		Map<String, BigDecimal> values = new TreeMap<>();
		for (Figure figure : figures.values()) {
			values.put(figure.label().key(), figure.value());
		}
		return new FiguresResource(figures.code().value(), figures.year(), AreaResource.SOURCE, values);
	}

}
