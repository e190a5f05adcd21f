// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.monitor.indicator.CbsIndicator;
import nl.buurtkracht.monitor.indicator.Origin;
import org.springframework.stereotype.Component;

/**
 * Derives the CBS indicators of every area the monitor knows in a year from the figures the area module
 * stored: one query per figure label and level, then each indicator per area. A figure CBS suppressed is
 * absent, so the indicators that need it are absent too.
 */
@Component
class CbsValues {

	private final AreaCatalogue catalogue;

	private final MonitorAreas areas;

	private final IndicatorValues values;

	CbsValues(AreaCatalogue catalogue, MonitorAreas areas, IndicatorValues values) {
		this.catalogue = catalogue;
		this.areas = areas;
		this.values = values;
	}

	/** @return how many values were stored */
	int derive(int year) {
		List<IndicatorValues.Row> rows = new ArrayList<>();
		for (AreaLevel level : AreaLevel.values()) {
			Map<FigureLabel, Map<AreaCode, BigDecimal>> figures = figures(year, level);
			for (AreaCode code : areas.codes(year, level)) {
				for (CbsIndicator indicator : CbsIndicator.values()) {
					indicator.derive(label -> figures.get(label).get(code))
						.ifPresent(value -> rows.add(new IndicatorValues.Row(code, indicator.key(), value,
								year - indicator.referenceLag())));
				}
			}
		}
		values.replaceAll(year, Origin.CBS, rows);
		return rows.size();
	}

	private Map<FigureLabel, Map<AreaCode, BigDecimal>> figures(int year, AreaLevel level) {
		Set<FigureLabel> labels = new LinkedHashSet<>();
		for (CbsIndicator indicator : CbsIndicator.values()) {
			labels.addAll(indicator.labels());
		}
		Map<FigureLabel, Map<AreaCode, BigDecimal>> figures = new HashMap<>();
		for (FigureLabel label : labels) {
			figures.put(label, catalogue.values(label, year, level));
		}
		return figures;
	}

}
