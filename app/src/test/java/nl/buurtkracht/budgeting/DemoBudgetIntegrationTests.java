// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Duration;
import java.util.List;

import nl.buurtkracht.account.Account;
import nl.buurtkracht.account.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With demo data on, Demodorp gets one buurtbudget in the voting phase on which the demo resident can vote, and
 * one counted round, however often the loader runs. The context's start-up has run the loader once already.
 */
@SpringBootTest(properties = "buurtkracht.demo.enabled=true")
class DemoBudgetIntegrationTests {

	@Autowired
	DemoBudget demo;

	@Autowired
	BudgetProcess process;

	@Autowired
	IdeaBox ideas;

	@Autowired
	BallotBox ballots;

	@Autowired
	Tally tally;

	@Autowired
	AccountManagement accounts;

	@Test
	void makesOneVotingRoundInNoordOnWhichTheDemoResidentCanVote() {
		demo.createOnce();
		demo.createOnce();

		List<BudgetRound> rounds = named(DemoBudget.TITLE);
		assertThat(rounds).hasSize(1);
		BudgetRound round = rounds.get(0);
		assertThat(round.phase()).isEqualTo(Phase.VOTING);
		assertThat(round.area().code()).isEqualTo("WK990101");
		assertThat(round.amount()).isEqualTo(Amount.ofEuros(50_000));
		assertThat(ideas.ideas(round.roundId())).hasSize(6)
			.allMatch(Project::isOnBallot)
			.extracting(Project::title)
			.contains("Moestuin bij de school", "Bankjes en schaduw op het plein", "Repair café in het buurthuis");
		Account resident = accounts.findByEmail(DemoBudget.RESIDENT).orElseThrow();
		assertThat(resident.homeNeighbourhoodCode()).isEqualTo("BU99010101");
		assertThat(ballots.eligibility(resident.id(), round.roundId())).isEqualTo(Eligibility.CAN_VOTE);
	}

	@Test
	void countsTheFinishedRoundInZuidInTheBackground() {
		demo.createOnce();

		List<BudgetRound> rounds = named(DemoBudget.FINISHED_TITLE);
		assertThat(rounds).hasSize(1);
		RoundId round = rounds.get(0).roundId();
		assertThat(rounds.get(0).phase()).isEqualTo(Phase.RESULTS);
		await().atMost(Duration.ofSeconds(30)).until(() -> tally.outcome(round).isPresent());
		StoredOutcome outcome = tally.outcome(round).orElseThrow();
		assertThat(outcome.ballotCount()).isEqualTo(30);
		assertThat(outcome.winners()).isNotEmpty();
		assertThat(outcome.totalCostCents()).isLessThanOrEqualTo(Amount.ofEuros(30_000).cents());
		assertThat(tally.pabulibFile(round)).isPresent();
	}

	private List<BudgetRound> named(String title) {
		return process.inMunicipality(DemoBudget.MUNICIPALITY).stream()
			.filter(round -> round.title().equals(title))
			.toList();
	}

}
