// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;

/**
 * A stored indicator value with the year it is about.
 */
record StoredValue(int year, String indicator, BigDecimal value, int referenceYear) {
}
