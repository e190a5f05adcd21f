// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.pabulib.PabulibReader;
import nl.buurtkracht.pb.rule.VotingRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Counting with the PB engine: closing the vote counts in the background, the outcome is explained per project,
 * and the published Pabulib file recomputes to the same outcome.
 */
@SpringBootTest
class TallyIntegrationTests {

	@Autowired
	BudgetProcess process;

	@Autowired
	IdeaBox ideas;

	@Autowired
	BallotBox box;

	@Autowired
	Tally tally;

	@Autowired
	ApplicationContext context;

	RoundFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new RoundFixture(context);
	}

	private StoredOutcome closeAndCount(RoundId round) {
		process.advancePhase(fixture.official().id(), round);
		await().atMost(Duration.ofSeconds(60)).until(() -> tally.outcome(round).isPresent());
		return tally.outcome(round).orElseThrow();
	}

	private void vote(RoundId round, int times, int... projects) {
		for (int i = 0; i < times; i++) {
			box.castOnline(fixture.verifiedResident().id(), round,
					Arrays.stream(projects).mapToObj(Choice::approve).toList());
		}
	}

	@Test
	void recomputesTheSameOutcomeFromThePublishedFile() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 6_000, 4_000, 3_000, 2_000, 5_000);
		vote(round, 6, 1, 2);
		vote(round, 4, 3, 4);
		vote(round, 3, 2, 3, 4);
		vote(round, 2, 5);

		StoredOutcome outcome = closeAndCount(round);
		byte[] file = tally.pabulibFile(round).orElseThrow();
		Profile profile = PabulibReader.parse(new String(file, StandardCharsets.UTF_8), "export");
		Outcome recomputed = VotingRules.create(RuleConfig.of(CountingRules.DEFAULT)).apply(profile);

		assertThat(CountJob.sha256(file)).isEqualTo(outcome.pbSha256());
		assertThat(Set.copyOf(recomputed.selected()))
			.isEqualTo(outcome.winners().stream().map(p -> String.valueOf(p.number())).collect(Collectors.toSet()));
		assertThat(profile.size()).isEqualTo(15).isEqualTo(outcome.ballotCount());
		assertThat(outcome.totalCostCents()).isLessThanOrEqualTo(outcome.budgetCents());
	}

	@Test
	void explainsWhyEveryProjectWonOrLost() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 6_000, 4_000, 3_000, 9_000);
		vote(round, 5, 1);
		vote(round, 5, 2, 3);

		StoredOutcome outcome = closeAndCount(round);

		assertThat(outcome.verdicts()).hasSize(4);
		assertThat(outcome.verdict(4).orElseThrow().reason()).isEqualTo(VerdictReason.NO_SUPPORTERS);
		assertThat(outcome.verdict(1).orElseThrow().reason()).isEqualTo(VerdictReason.WON_BY_EQUAL_SHARES);
		assertThat(outcome.verdict(1).orElseThrow().supporters()).isEqualTo(5);
		assertThat(outcome.verdicts()).filteredOn(Verdict::selected)
			.extracting(Verdict::projectNumber)
			.containsExactlyInAnyOrderElementsOf(outcome.winners().stream().map(ProjectTally::number).toList());
		assertThat(outcome.tally()).filteredOn(p -> p.number() == 2).first()
			.extracting(ProjectTally::votes).isEqualTo(5L);
	}

	@Test
	void publishesBallotsWithoutAnythingAboutTheVoters() {
		RoundId round = fixture.votingRound(BallotRules.approval(1, 2), 10_000, 4_000, 3_000);
		vote(round, 3, 1);
		vote(round, 2, 1, 2);

		closeAndCount(round);
		String file = new String(tally.pabulibFile(round).orElseThrow(), StandardCharsets.UTF_8);

		String votes = file.substring(file.indexOf("VOTES"));
		assertThat(votes.lines().skip(2).map(line -> line.split(";")[0]).toList())
			.containsExactly("1", "2", "3", "4", "5");
		assertThat(votes).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
		assertThat(file).contains("vote_type;approval", "budget;10000");
	}

	@Test
	void onlyWinningProjectsReportProgress() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 6_000, 9_000);
		vote(round, 5, 1);

		StoredOutcome outcome = closeAndCount(round);
		List<Project> projects = ideas.ideas(round);
		AccountPrincipal official = fixture.official();

		assertThat(outcome.winners()).extracting(ProjectTally::number).containsExactly(1);
		ideas.reportProgress(official.id(), projects.get(0).projectId(), ExecutionStatus.STARTED, "De bankjes zijn besteld.",
				null);
		assertThat(ideas.progress(projects.get(0).projectId())).singleElement()
			.extracting(ProgressReport::status).isEqualTo(ExecutionStatus.STARTED);
		assertThat(ideas.find(projects.get(0).projectId()).orElseThrow().executionStatus())
			.isEqualTo(ExecutionStatus.STARTED);
		assertThatThrownBy(() -> ideas.reportProgress(official.id(), projects.get(1).projectId(),
				ExecutionStatus.STARTED, "Nee", null)).isInstanceOf(IllegalPhaseException.class);
	}

}
