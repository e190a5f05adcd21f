// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.local;

import java.math.BigDecimal;

import nl.buurtkracht.area.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * One accepted line of an upload.
 *
 * @param line 1-based line number in the file
 * @param value {@code null} when the line says there is no data (the area's stored value is then removed)
 */
record LocalValue(int line, AreaCode code, String indicator, int year, @Nullable BigDecimal value) {
}
