// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

/**
 * What an indicator's number means, and how many decimals are worth showing.
 */
public enum Unit {

	/** A share in percent of its own base (households, dwellings, inhabitants). */
	PERCENT(1),
	/** Persons per 1,000 inhabitants of the indicator's base. */
	PER_THOUSAND(1),
	/** A number of persons or things. */
	COUNT(0),
	/** An amount in thousands of euros, as CBS publishes WOZ values and incomes. */
	EURO_THOUSAND(1),
	/** An amount in euros. */
	EURO(0),
	/** A score without a unit, such as SES-WOA. */
	SCORE(3),
	/** A duration in years. */
	YEARS(1);

	private final int decimals;

	Unit(int decimals) {
		this.decimals = decimals;
	}

	public int decimals() {
		return decimals;
	}

}
