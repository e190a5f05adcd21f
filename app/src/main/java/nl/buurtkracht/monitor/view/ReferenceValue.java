// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;

/**
 * The median of an indicator over all areas of a level in a year that have a value.
 */
record ReferenceValue(String indicator, BigDecimal median, int areas, int municipalities) {
}
