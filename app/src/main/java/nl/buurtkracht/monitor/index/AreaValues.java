// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The indicator values of one area, as published: an indicator without a value (suppressed, not delivered)
 * is simply not in the map. Never put a 0 in for a missing value.
 *
 * @param code the area's code, unique in the set that is ranked
 */
public record AreaValues(String code, Map<String, BigDecimal> values) {

	public AreaValues {
		values = Map.copyOf(values);
	}

}
