// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import nl.buurtkracht.pb.BallotConstraints;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.VoteType;

/**
 * Builds the PB engine's profile of a round: the projects on the ballot (id: their number in the round, cost in
 * whole euros, or in cents when a cost has cents) and every ballot as one anonymous voter, numbered 1…n in the
 * order of the ballots' random ids. This is also exactly what the published Pabulib file contains.
 */
final class BallotsToProfile {

	private BallotsToProfile() {
	}

	static Profile build(BudgetRound round, BallotSheet sheet, Ballots ballots) {
		boolean wholeEuros = round.amount().cents() % 100 == 0
				&& sheet.projects().stream().allMatch(entry -> entry.cost().cents() % 100 == 0);
		int decimals = wholeEuros ? 0 : 2;
		Instance.Builder instance = Instance.builder().decimals(decimals).budget(amount(round.amount(), wholeEuros));
		meta(instance, round);
		Map<Integer, Integer> indexOfNumber = new HashMap<>();
		for (BallotSheet.Entry entry : sheet.projects()) {
			indexOfNumber.put(entry.number(), indexOfNumber.size());
			instance.project(String.valueOf(entry.number()), entry.title(), amount(entry.cost(), wholeEuros));
		}
		boolean points = round.voteType() == nl.buurtkracht.budgeting.VoteType.CUMULATIVE;
		Profile.Builder profile = Profile.builder(instance.build(), points ? VoteType.CUMULATIVE : VoteType.APPROVAL)
			.constraints(constraints(round, sheet));
		int[] voter = { 0 };
		ballots.forEach(round.roundId(), ballot -> {
			int[] indices = new int[ballot.choices().size()];
			BigDecimal[] given = points ? new BigDecimal[indices.length] : null;
			for (int i = 0; i < indices.length; i++) {
				Choice choice = ballot.choices().get(i);
				indices[i] = indexOfNumber.get(choice.projectNumber());
				if (given != null) {
					given[i] = BigDecimal.valueOf(choice.points());
				}
			}
			profile.add(String.valueOf(++voter[0]), indices, given, null);
		});
		return profile.build();
	}

	private static long amount(Amount amount, boolean wholeEuros) {
		return wholeEuros ? amount.cents() / 100 : amount.cents();
	}

	private static void meta(Instance.Builder instance, BudgetRound round) {
		PhaseSchedule schedule = round.schedule();
		instance.meta("description", round.title())
			.meta("country", "Netherlands")
			.meta("unit", round.municipalityCode())
			.meta("subunit", round.area().code())
			.meta("instance", round.roundId().toString())
			.meta("rule", round.rule())
			.meta("date_begin", schedule.votingDay().format(DateTimeFormatter.ISO_LOCAL_DATE))
			.meta("date_end", schedule.lastVotingDay().format(DateTimeFormatter.ISO_LOCAL_DATE))
			.meta("language", "dutch")
			.meta("currency", "EUR");
	}

	private static BallotConstraints constraints(BudgetRound round, BallotSheet sheet) {
		BallotRules rules = round.ballotRules();
		return switch (rules.voteType()) {
			case APPROVAL -> BallotConstraints.length(rules.minProjects(), Math.min(rules.maxProjects(), sheet.projects().size()));
			case KNAPSACK -> BallotConstraints.knapsack(new BigDecimal(round.amount().cents()).movePointLeft(2));
			case CUMULATIVE -> BallotConstraints.cumulative(BigDecimal.valueOf(rules.points()));
		};
	}

}
