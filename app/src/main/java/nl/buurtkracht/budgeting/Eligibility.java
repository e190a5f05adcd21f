// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Whether a resident can vote in a round now, and if not, why.
 */
public enum Eligibility {

	CAN_VOTE,
	/** Voting has not started or has closed. */
	NOT_OPEN,
	/** The resident has not shown where they live. */
	NOT_VERIFIED,
	/** The resident lives outside the round's area. */
	OTHER_AREA,
	/** The resident is younger than the round's minimum age. */
	TOO_YOUNG,
	/** The resident voted online; they can change that ballot with their receipt. */
	VOTED_ONLINE,
	/** An official entered a paper ballot for the resident; it cannot be changed online. */
	VOTED_ON_PAPER;

	public boolean canVote() {
		return this == CAN_VOTE;
	}

	BallotProblem asProblem() {
		return BallotProblem.of("eligibility." + name());
	}

}
