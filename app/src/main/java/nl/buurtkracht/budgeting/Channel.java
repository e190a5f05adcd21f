// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * How a ballot reached the ballot box. Recorded for the voter, never on the ballot itself.
 */
public enum Channel {

	/** The resident voted on the website. */
	ONLINE,
	/** An official entered a paper ballot, or voted with a resident at the desk (assisted voting). */
	PAPER

}
