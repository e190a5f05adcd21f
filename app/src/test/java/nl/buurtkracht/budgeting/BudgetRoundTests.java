// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.buurtkracht.account.AccountId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetRoundTests {

	private static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");

	private static final AccountId OFFICIAL = AccountId.random();

	static RoundSettings settings(LocalDate ideas) {
		return new RoundSettings("Buurtbudget Centrum", "Samen beslissen", Amount.ofEuros(25_000),
				PhaseSchedule.ofDays(ideas, ideas.plusWeeks(4), ideas.plusWeeks(6), ideas.plusWeeks(8), ideas.plusWeeks(10)),
				16, BallotRules.knapsack(), CountingRules.DEFAULT, List.of("groen", "spelen"));
	}

	private static BudgetRound round(LocalDate ideas) {
		return BudgetRound.plan(new RoundArea("BU03630001"), settings(ideas), OFFICIAL, NOW);
	}

	@Test
	void startsInThePhaseItsScheduleGives() {
		assertThat(round(LocalDate.of(2027, 2, 1)).phase()).isEqualTo(Phase.PLANNED);
		assertThat(round(LocalDate.of(2027, 1, 1)).phase()).isEqualTo(Phase.IDEAS);
	}

	@Test
	void advancesByDateButNotIntoVotingWithoutAFeasibleProject() {
		BudgetRound round = round(LocalDate.of(2026, 10, 1));

		assertThat(round.phase()).isEqualTo(Phase.REVIEW);
		assertThat(round.advanceIfDue(NOW.plus(Duration.ofDays(365)), 0)).isFalse();
		assertThat(round.advanceIfDue(NOW.plus(Duration.ofDays(365)), 3)).isTrue();
		assertThat(round.phase()).isEqualTo(Phase.EXECUTION);
	}

	@Test
	void publishesVotingClosedWhenVotingEnds() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));
		round.advancePhase(NOW, 1);
		round.advancePhase(NOW, 1);
		assertThat(round.events()).doesNotContain(new VotingClosed(round.roundId()));

		round.advancePhase(NOW.plusSeconds(60), 1);

		assertThat(round.phase()).isEqualTo(Phase.RESULTS);
		assertThat(round.events()).contains(new VotingClosed(round.roundId()));
		assertThat(round.schedule().resultsFrom()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void refusesToOpenVotingWithoutAFeasibleProject() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));
		round.advancePhase(NOW, 0);

		assertThatThrownBy(() -> round.advancePhase(NOW, 0)).isInstanceOf(IllegalPhaseException.class);
	}

	@Test
	void startingAPhaseByHandMovesItsDateToNow() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));

		round.advancePhase(NOW, 0);

		assertThat(round.schedule().reviewFrom()).isEqualTo(NOW);
		assertThat(round.drainChanges()).anyMatch(change -> change.contains("IDEAS -> REVIEW by hand"));
	}

	@Test
	void fixesTheBallotOnceVotingStarted() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));
		round.advancePhase(NOW, 1);
		round.advancePhase(NOW, 1);
		RoundSettings richer = new RoundSettings("Buurtbudget Centrum", "Samen beslissen", Amount.ofEuros(50_000),
				round.schedule(), 16, BallotRules.knapsack(), CountingRules.DEFAULT, List.of());

		assertThatThrownBy(() -> round.revise(richer)).isInstanceOf(IllegalPhaseException.class);
	}

	@Test
	void recordsEveryChangedSettingForTheAuditTrail() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));
		round.drainChanges();
		RoundSettings changed = new RoundSettings("Nieuwe titel", "Samen beslissen", Amount.ofEuros(25_000),
				round.schedule(), 18, BallotRules.knapsack(), "greedy_cost", List.of("groen", "spelen"));

		round.revise(changed);

		assertThat(round.drainChanges()).containsExactlyInAnyOrder("title: Nieuwe titel", "minimumAge: 18",
				"rule: greedy_cost");
	}

	@Test
	void knowsWhoIsOldEnough() {
		BudgetRound round = round(LocalDate.of(2027, 1, 1));

		assertThat(round.isOldEnough(LocalDate.of(2011, 1, 10), LocalDate.of(2027, 1, 10))).isTrue();
		assertThat(round.isOldEnough(LocalDate.of(2011, 1, 11), LocalDate.of(2027, 1, 10))).isFalse();
	}

}
