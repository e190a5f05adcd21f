// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * An area the monitor knows in a year.
 */
public record AreaEntry(AreaCode code, int year, AreaLevel level, String name, AreaCode municipality,
		String municipalityName, @Nullable AreaCode parent, @Nullable BigDecimal inhabitants) {
}
