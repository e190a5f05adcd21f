// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.monitor.index.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The profile of one area in one year: its index, every indicator next to the gemeente and the reference
 * set, and how each developed over the years.
 *
 * @param ancestors the gemeente (and wijk) above the area, from the top down
 * @param score {@code null} when no index was computed for the year
 * @param readings every indicator of the catalogue, grouped by domain, then the indicators outside the index
 * @param trends the indicators with a value in at least one year
 * @param history the area's index in every year, oldest first
 */
public record AreaReport(AreaEntry area, List<AreaEntry> ancestors, int year, List<Integer> years,
		@Nullable IndexRow score, List<Reading> readings, List<Trend> trends, List<Map.Entry<Integer, IndexRow>> history,
		@Nullable IndexStatement statement) {

	public AreaReport {
		ancestors = List.copyOf(ancestors);
		years = List.copyOf(years);
		readings = List.copyOf(readings);
		trends = List.copyOf(trends);
		history = List.copyOf(history);
	}

	public List<Reading> readingsIn(@Nullable Domain domain) {
		return readings.stream().filter(reading -> reading.domain() == domain).toList();
	}

	public long missingReadings() {
		return readings.stream().filter(reading -> !reading.hasValue() && reading.referenceCount() > 0).count();
	}

	/** The composite per year, {@code null} in years without one. */
	public @Nullable BigDecimal compositeIn(int year) {
		for (Map.Entry<Integer, IndexRow> entry : history) {
			if (entry.getKey() == year) {
				return entry.getValue().composite();
			}
		}
		return null;
	}

}
