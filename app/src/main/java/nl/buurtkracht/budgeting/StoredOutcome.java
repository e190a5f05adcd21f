// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published outcome of a round: what won, the votes per project, why each project won or lost, and the
 * fingerprint of the open-data file it was computed from.
 *
 * @param rule the counting rule as the engine describes it
 * @param budgetPerVoterCents for equal shares, each voter's share of the budget in the run that counted
 * @param pbSha256 SHA-256 of the Pabulib file with the anonymised ballots
 * @param computeMillis how long the engine took
 */
public record StoredOutcome(RoundId round, String rule, int ballotCount, long totalCostCents, long budgetCents,
		List<ProjectTally> tally, List<Verdict> verdicts, long budgetPerVoterCents, String pbSha256,
		long computeMillis, Instant computedAt) {

	public StoredOutcome {
		tally = List.copyOf(tally);
		verdicts = List.copyOf(verdicts);
	}

	public List<ProjectTally> winners() {
		return tally.stream().filter(ProjectTally::selected).toList();
	}

	public List<ProjectTally> losers() {
		return tally.stream().filter(project -> !project.selected()).toList();
	}

	public Optional<Verdict> verdict(int projectNumber) {
		return verdicts.stream().filter(verdict -> verdict.projectNumber() == projectNumber).findFirst();
	}

	public long leftOverCents() {
		return budgetCents - totalCostCents;
	}

	/** The most votes any project got, to scale the chart. */
	public long maxVotes() {
		return tally.stream().mapToLong(ProjectTally::votes).max().orElse(0);
	}

}
