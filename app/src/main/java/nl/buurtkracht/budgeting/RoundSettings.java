// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * What an official decides about a round: texts, money, dates, who may vote and how the votes count.
 *
 * @param rule the counting rule's engine key, one of {@link CountingRules#KEYS}
 * @param goals buurtdoelen the round contributes to, as free-text tags
 */
public record RoundSettings(String title, String description, Amount amount, PhaseSchedule schedule, int minimumAge,
		BallotRules ballotRules, String rule, List<String> goals) {

	public RoundSettings {
		if (title.isBlank() || description.isBlank()) {
			throw new IllegalArgumentException("A round needs a title and a description");
		}
		if (amount.cents() <= 0) {
			throw new IllegalArgumentException("A round needs money to spend");
		}
		if (!CountingRules.KEYS.contains(rule)) {
			throw new IllegalArgumentException("Unknown counting rule " + rule);
		}
		if (ballotRules.voteType() == VoteType.CUMULATIVE && !CountingRules.acceptsPoints(rule)) {
			throw new IllegalArgumentException(rule + " does not count points");
		}
		title = title.strip();
		description = description.strip();
		goals = goals.stream().map(String::strip).filter(goal -> !goal.isEmpty()).distinct().toList();
	}

}
