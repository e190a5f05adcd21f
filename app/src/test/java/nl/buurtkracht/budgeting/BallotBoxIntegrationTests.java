// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.buurtkracht.account.AccountPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ballot box against a real PostgreSQL: one counted ballot per voter under concurrency, changes by receipt,
 * online and paper excluding each other, eligibility, closing, and the separation of voters from ballots. The
 * scheduled shuffle is pushed out of the way so that the test of the shuffle controls when it runs.
 */
@SpringBootTest(properties = "buurtkracht.budgeting.shuffle-interval=PT24H")
class BallotBoxIntegrationTests {

	@Autowired
	BallotBox box;

	@Autowired
	BudgetProcess process;

	@Autowired
	ResidenceVerification verification;

	@Autowired
	BallotShuffle shuffle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	RoundFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new RoundFixture(context);
	}

	@Test
	void twoHundredSimultaneousSubmissionsOfOneVoterCountOnce() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000, 3_000, 2_000);
		AccountPrincipal voter = fixture.verifiedResident();

		List<Outcome> outcomes = race(200, i -> () -> box.castOnline(voter.id(), round, List.of(Choice.approve(1 + i % 3))));

		assertThat(outcomes).filteredOn(Outcome::accepted).hasSize(1);
		assertThat(outcomes).filteredOn(outcome -> !outcome.accepted())
			.allSatisfy(outcome -> assertThat(outcome.problem()).isEqualTo("budgeting.ballot.error.eligibility.VOTED_ONLINE"));
		assertThat(box.turnout(round)).isEqualTo(new Turnout(1, 0, 1));
	}

	@Test
	void manyVotersRacingManyTimesEachCountExactlyOnce() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.approval(1, 2), 10_000, 4_000, 3_000, 2_000);
		List<AccountPrincipal> voters = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			voters.add(fixture.verifiedResident());
		}

		List<Outcome> outcomes = race(250, i -> () -> box.castOnline(voters.get(i % 50).id(), round,
				List.of(Choice.approve(1), Choice.approve(2 + i % 2))));

		assertThat(outcomes).filteredOn(Outcome::accepted).hasSize(50);
		assertThat(box.turnout(round)).isEqualTo(new Turnout(50, 0, 50));
		assertThat(jdbc.sql("SELECT count(DISTINCT residence_id) FROM budgeting_voter WHERE round_id = :r")
			.param("r", round.value()).query(Integer.class).single()).isEqualTo(50);
	}

	@Test
	void changesABallotWithItsReceiptUntilVotingCloses() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000, 3_000, 2_000);
		AccountPrincipal voter = fixture.verifiedResident();
		SecretCode receipt = box.castOnline(voter.id(), round, List.of(Choice.approve(1)));

		box.changeOnline(voter.id(), round, receipt.formatted().toLowerCase(), List.of(Choice.approve(2), Choice.approve(3)));

		assertThat(box.ballotWithReceipt(round, receipt.plain()).orElseThrow().choices())
			.extracting(Choice::projectNumber).containsExactly(2, 3);
		assertThat(box.turnout(round)).isEqualTo(new Turnout(1, 0, 1));
		assertThatThrownBy(() -> box.changeOnline(voter.id(), round, "WRONG-CODE", List.of(Choice.approve(1))))
			.isInstanceOf(BallotRejectedException.class);

		process.advancePhase(fixture.official().id(), round);

		assertThatThrownBy(() -> box.changeOnline(voter.id(), round, receipt.plain(), List.of(Choice.approve(1))))
			.isInstanceOf(BallotRejectedException.class)
			.extracting(ex -> ((BallotRejectedException) ex).problems().get(0).key())
			.isEqualTo("budgeting.ballot.error.eligibility.NOT_OPEN");
	}

	@Test
	void someoneElsesReceiptIsUselessWithoutHavingVoted() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		SecretCode receipt = box.castOnline(fixture.verifiedResident().id(), round, List.of(Choice.approve(1)));
		AccountPrincipal other = fixture.verifiedResident();

		assertThatThrownBy(() -> box.changeOnline(other.id(), round, receipt.plain(), List.of(Choice.approve(1))))
			.isInstanceOf(BallotRejectedException.class);
	}

	@Test
	void aResidentCannotHaveBothAnOnlineAndAPaperBallot() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000, 3_000);
		AccountPrincipal official = fixture.official();
		String code = fixture.letterCode(RoundFixture.BUURT);
		AccountPrincipal online = fixture.resident();
		verification.verifyWithLetterCode(online.id(), code, RoundFixture.ADULT, null);
		box.castOnline(online.id(), round, List.of(Choice.approve(1)));

		assertThatThrownBy(() -> box.castOnPaper(official.id(), round,
				new PaperVoter.WithLetterCode(code, RoundFixture.ADULT), List.of(Choice.approve(2))))
			.isInstanceOf(BallotRejectedException.class);

		String paperCode = fixture.letterCode(RoundFixture.BUURT);
		box.castOnPaper(official.id(), round, new PaperVoter.WithLetterCode(paperCode, RoundFixture.ADULT),
				List.of(Choice.approve(2)));
		AccountPrincipal late = fixture.resident();
		assertThatThrownBy(() -> verification.verifyWithLetterCode(late.id(), paperCode, RoundFixture.ADULT, null))
			.isInstanceOf(VerificationRefusedException.class);
		assertThat(box.turnout(round)).isEqualTo(new Turnout(1, 1, 2));
	}

	@Test
	void aPaperBallotForAnAccountHolderBlocksTheirOnlineBallot() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		AccountPrincipal resident = fixture.verifiedResident();
		SecretCode desk = verification.issueDeskCode(resident.id());

		box.castOnPaper(fixture.official().id(), round, new PaperVoter.WithDeskCode(desk.formatted()),
				List.of(Choice.approve(1)));

		assertThat(box.eligibility(resident.id(), round)).isEqualTo(Eligibility.VOTED_ON_PAPER);
		assertThatThrownBy(() -> box.castOnline(resident.id(), round, List.of(Choice.approve(1))))
			.isInstanceOf(BallotRejectedException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM budgeting_audit WHERE round_id = :r AND action = 'paper-ballot'")
			.param("r", round.value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void onlyVerifiedResidentsOfTheAreaWhoAreOldEnoughMayVote() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		LocalDate fifteen = LocalDate.now(PhaseSchedule.AMSTERDAM).minusYears(15);

		assertThat(box.eligibility(fixture.resident().id(), round)).isEqualTo(Eligibility.NOT_VERIFIED);
		assertThat(box.eligibility(fixture.verifiedResident("BU03630101", RoundFixture.ADULT).id(), round))
			.isEqualTo(Eligibility.OTHER_AREA);
		assertThat(box.eligibility(fixture.verifiedResident(RoundFixture.BUURT, fifteen).id(), round))
			.isEqualTo(Eligibility.TOO_YOUNG);
		AccountPrincipal unverified = fixture.resident();
		assertThatThrownBy(() -> box.castOnline(unverified.id(), round, List.of(Choice.approve(1))))
			.isInstanceOf(BallotRejectedException.class);
		assertThat(box.turnout(round).ballots()).isZero();
	}

	@Test
	void refusesAnInvalidBallotWithoutMarkingTheVoter() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 5_000, 4_000, 3_000);
		AccountPrincipal voter = fixture.verifiedResident();

		assertThatThrownBy(() -> box.castOnline(voter.id(), round, List.of(Choice.approve(1), Choice.approve(2))))
			.isInstanceOf(BallotRejectedException.class);

		assertThat(box.eligibility(voter.id(), round)).isEqualTo(Eligibility.CAN_VOTE);
	}

	@Test
	void ballotRowsHoldNothingThatPointsToAVoter() {
		List<String> columns = jdbc.sql("""
				SELECT column_name FROM information_schema.columns WHERE table_name = 'budgeting_ballot'
				ORDER BY ordinal_position""").query(String.class).list();

		assertThat(columns).containsExactly("id", "round_id", "receipt_hash", "project_numbers", "points");
	}

	@Test
	void theShuffleRemovesTheSharedTransactionIdAndTheVotingOrder() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000, 3_000);
		for (int i = 0; i < 30; i++) {
			box.castOnline(fixture.verifiedResident().id(), round, List.of(Choice.approve(1 + i % 2)));
		}
		assertThat(linkedByXmin(round)).as("before the shuffle every ballot shares xmin with its voter marker")
			.isEqualTo(30);
		List<String> orderBefore = physicalOrder(round);

		shuffle.shuffle(round);
		shuffle.vacuum();

		assertThat(jdbc.sql("SELECT count(DISTINCT xmin::text) FROM budgeting_ballot WHERE round_id = :r")
			.param("r", round.value()).query(Integer.class).single()).isEqualTo(1);
		assertThat(physicalOrder(round)).hasSize(30).isNotEqualTo(orderBefore);
		assertThat(box.turnout(round)).isEqualTo(new Turnout(30, 0, 30));
	}

	private int linkedByXmin(RoundId round) {
		return jdbc.sql("""
				SELECT count(*) FROM budgeting_ballot b JOIN budgeting_voter v
				  ON v.round_id = b.round_id AND v.xmin::text = b.xmin::text
				WHERE b.round_id = :r""").param("r", round.value()).query(Integer.class).single();
	}

	private List<String> physicalOrder(RoundId round) {
		return jdbc.sql("SELECT id::text FROM budgeting_ballot WHERE round_id = :r ORDER BY ctid")
			.param("r", round.value()).query(String.class).list();
	}

	/** What one submission ended in: accepted, or refused with a problem key. */
	record Outcome(boolean accepted, String problem) {
	}

	interface Submission {

		Callable<?> number(int i);

	}

	/** Fires {@code count} submissions at once from as many threads. */
	private static List<Outcome> race(int count, Submission submission) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger ready = new AtomicInteger();
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<?> call = submission.number(i);
				futures.add(pool.submit(() -> {
					ready.incrementAndGet();
					start.await();
					try {
						call.call();
						return new Outcome(true, "");
					}
					catch (BallotRejectedException ex) {
						return new Outcome(false, ex.problems().get(0).key());
					}
				}));
			}
			while (ready.get() < count) {
				Thread.onSpinWait();
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
