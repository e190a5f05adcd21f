// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Where an idea stands in the feasibility check.
 */
public enum ProjectStatus {

	/** Submitted, not checked yet. */
	PROPOSED,
	/** Checked and feasible: it is on the ballot, at the checked cost. */
	FEASIBLE,
	/** Checked and not feasible, with a reason residents can read. */
	NOT_FEASIBLE

}
