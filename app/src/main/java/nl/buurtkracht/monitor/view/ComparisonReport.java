// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.buurtkracht.monitor.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * Two or more areas side by side in one year: their index and every indicator.
 *
 * @param scores one per area, in the order of {@code areas}; {@code null} without an index
 * @param statements what the index is made of, for every level among the areas
 */
public record ComparisonReport(int year, List<AreaEntry> areas, List<@Nullable IndexRow> scores,
		List<Row> rows, List<IndexStatement> statements) {

	public ComparisonReport {
		areas = List.copyOf(areas);
		scores = Collections.unmodifiableList(new ArrayList<>(scores));
		rows = List.copyOf(rows);
		statements = List.copyOf(statements);
	}

	/** One indicator for every compared area; a {@code null} value is "no data". */
	public record Row(Indicator indicator, List<@Nullable BigDecimal> values) {

		public Row {
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

		public boolean hasAnyValue() {
			return values.stream().anyMatch(value -> value != null);
		}

	}

}
