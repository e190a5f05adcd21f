// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;

import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of an area in a year, next to what it is compared with.
 *
 * @param value {@code null}: no data (suppressed by CBS, or not delivered)
 * @param referenceYear the year the value is about (income: two years before the monitor year)
 * @param municipalityValue the gemeente's own value in the same year
 * @param referenceMedian the median over all areas of the same level with a value
 * @param referenceCount how many areas that median is over
 * @param percentile where the value stands (higher is more vulnerable), when the indicator is in the index
 * @param domain the index domain it counted in, {@code null} when it is not in the index
 */
public record Reading(Indicator indicator, @Nullable BigDecimal value, int referenceYear,
		@Nullable BigDecimal municipalityValue, @Nullable BigDecimal referenceMedian, int referenceCount,
		@Nullable BigDecimal percentile, @Nullable Domain domain) {

	public boolean hasValue() {
		return value != null;
	}

}
