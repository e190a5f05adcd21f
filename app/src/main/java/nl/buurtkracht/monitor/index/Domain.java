// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

/**
 * The five domains in which problems can stack up in an area. The order is the order of every page and export.
 */
public enum Domain {

	/** Inkomen en armoede. */
	INCOME,
	/** Werk en uitkeringen. */
	WORK,
	/** Schulden. */
	DEBTS,
	/** Gezondheid en eenzaamheid. */
	HEALTH,
	/** Wonen. */
	HOUSING

}
