// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * How residents fill in the ballot.
 */
public enum VoteType {

	/** Choose between a minimum and a maximum number of projects. */
	APPROVAL,
	/** Fill a "shopping cart" with projects whose total cost stays within the budget. */
	KNAPSACK,
	/** Spread a number of points over the projects. */
	CUMULATIVE

}
