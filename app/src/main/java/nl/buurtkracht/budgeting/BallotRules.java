// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * What makes a ballot valid in a round.
 *
 * @param minProjects approval: the fewest projects a voter must choose (at least 1)
 * @param maxProjects approval: the most projects a voter may choose
 * @param points cumulative: the points a voter may spread (at most this many in total)
 */
public record BallotRules(VoteType voteType, int minProjects, int maxProjects, int points) {

	public BallotRules {
		if (minProjects < 1 || maxProjects < minProjects) {
			throw new IllegalArgumentException("Choose at least 1 project, and a maximum not below the minimum");
		}
		if (voteType == VoteType.CUMULATIVE && points < 1) {
			throw new IllegalArgumentException("A cumulative ballot needs points to spread");
		}
	}

	public static BallotRules approval(int min, int max) {
		return new BallotRules(VoteType.APPROVAL, min, max, 0);
	}

	public static BallotRules knapsack() {
		return new BallotRules(VoteType.KNAPSACK, 1, Integer.MAX_VALUE, 0);
	}

	public static BallotRules cumulative(int points) {
		return new BallotRules(VoteType.CUMULATIVE, 1, Integer.MAX_VALUE, points);
	}

}
