// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.account.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Rounds through their phases by date and by hand, with an audit trail; ideas through the feasibility check;
 * letter codes and their refusals; verification at the spreekuur.
 */
@SpringBootTest
class BudgetProcessIntegrationTests {

	@Autowired
	BudgetProcess process;

	@Autowired
	IdeaBox ideas;

	@Autowired
	ResidenceVerification verification;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Tally tally;

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
	void plansOneRoundPerAreaAndRefusesAreasOfAnotherGemeente() {
		AccountPrincipal official = fixture.official();
		RoundSettings settings = RoundFixture.settings(BallotRules.knapsack(), 20_000);

		List<RoundId> rounds = process.plan(official.id(), "GM0363",
				List.of(new RoundArea("BU03630001"), new RoundArea("BU03630002")), settings);

		assertThat(rounds).hasSize(2);
		assertThat(process.find(rounds.get(1)).orElseThrow().area().code()).isEqualTo("BU03630002");
		assertThat(process.auditTrail(rounds.get(0))).extracting(AuditEntry::action).contains("created");
		assertThatThrownBy(() -> process.plan(official.id(), "GM0363", List.of(new RoundArea("BU05990001")), settings))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void advancesPhasesByDateOnceAndClosesVotingIntoACount() {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		jdbc.sql("UPDATE budgeting_round SET ideas_from = now() - interval '4 minutes', review_from = now() - interval '3 minutes', voting_from = now() - interval '2 minutes', results_from = now() - interval '1 minute', execution_from = now() + interval '1 day' WHERE id = :id")
			.param("id", round.value())
			.update();

		process.advanceDuePhases();
		List<RoundId> second = process.advanceDuePhases();

		assertThat(second).doesNotContain(round);
		assertThat(process.find(round).orElseThrow().phase()).isEqualTo(Phase.RESULTS);
		assertThat(process.auditTrail(round)).filteredOn(entry -> entry.details().contains("VOTING -> RESULTS"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.details()).endsWith("by date");
				assertThat(entry.actorId()).isNull();
			});
		await().atMost(Duration.ofSeconds(20)).until(() -> tally.job(round).isPresent());
	}

	@Test
	void recordsWhoAdvancedAPhaseByHand() {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);

		process.advancePhase(official.id(), round);

		assertThat(process.auditTrail(round)).anySatisfy(entry -> {
			assertThat(entry.details()).contains("IDEAS -> REVIEW by hand");
			assertThat(entry.actorId()).isEqualTo(official.id().value());
		});
		assertThatThrownBy(() -> process.advancePhase(official.id(), round)).isInstanceOf(IllegalPhaseException.class);
	}

	@Test
	void aNotFeasibleIdeaKeepsItsReasonAndStaysOffTheBallot() {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);
		ProjectId idea = ideas.submit(fixture.resident().id(), round,
				new IdeaDraft("Zwembad", "Een zwembad in het park", Amount.ofEuros(9_000), Location.NONE), null);

		ideas.judgeNotFeasible(official.id(), idea, "Het park is van de provincie.");

		Project project = ideas.find(idea).orElseThrow();
		assertThat(project.status()).isEqualTo(ProjectStatus.NOT_FEASIBLE);
		assertThat(project.reviewReason()).isEqualTo("Het park is van de provincie.");
		assertThatThrownBy(() -> ideas.judgeFeasible(official.id(), idea, Amount.ofEuros(20_000), ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void explainsWhyALetterCodeIsRefused() {
		String code = fixture.letterCode(RoundFixture.BUURT);
		AccountPrincipal first = fixture.resident();

		assertThat(refusal(() -> verification.verifyWithLetterCode(first.id(), "AAAA-BBBB-CCCC", RoundFixture.ADULT,
				null))).isEqualTo(VerificationRefusal.UNKNOWN);
		assertThat(refusal(() -> verification.verifyWithLetterCode(first.id(), code, RoundFixture.ADULT,
				new RoundArea("WK036301")))).isEqualTo(VerificationRefusal.WRONG_AREA);
		LocalDate tomorrow = LocalDate.now(PhaseSchedule.AMSTERDAM).plusDays(1);
		assertThat(refusal(() -> verification.verifyWithLetterCode(first.id(), code, tomorrow, null)))
			.isEqualTo(VerificationRefusal.IMPLAUSIBLE_BIRTH_DATE);
		verification.verifyWithLetterCode(first.id(), code, RoundFixture.ADULT, new RoundArea(RoundFixture.WIJK));
		assertThat(refusal(() -> verification.verifyWithLetterCode(fixture.resident().id(), code, RoundFixture.ADULT,
				null))).isEqualTo(VerificationRefusal.ALREADY_USED);

		String expiring = fixture.letterCode(RoundFixture.BUURT);
		jdbc.sql("UPDATE budgeting_letter_batch SET expires_at = now() - interval '1 second' WHERE id = "
				+ "(SELECT batch_id FROM budgeting_letter_code WHERE code_hash = :hash)")
			.param("hash", SecretCode.typed(expiring).hash())
			.update();
		assertThat(refusal(() -> verification.verifyWithLetterCode(fixture.resident().id(), expiring,
				RoundFixture.ADULT, null))).isEqualTo(VerificationRefusal.EXPIRED);
	}

	@Test
	void storesLetterCodesOnlyAsHashes() {
		AccountPrincipal official = fixture.official();

		IssuedLetters issued = verification.issueLetters(official.id(), RoundFixture.BUURT, List.of(), 5,
				LocalDate.now(PhaseSchedule.AMSTERDAM).plusWeeks(2));

		List<String> stored = jdbc.sql("SELECT code_hash FROM budgeting_letter_code WHERE batch_id = :b")
			.param("b", issued.batch().id())
			.query(String.class)
			.list();
		assertThat(stored).hasSize(5);
		assertThat(issued.letters()).allSatisfy(letter -> {
			assertThat(stored).doesNotContain(SecretCode.typed(letter.code()).plain());
			assertThat(stored).contains(SecretCode.typed(letter.code()).hash());
		});
	}

	@Test
	void verifiesAResidentInPersonWithWhoAndWhen() {
		AccountPrincipal official = Personas.create(accounts, Role.OFFICIAL, "GM0363");
		AccountPrincipal resident = fixture.resident();
		SecretCode desk = verification.issueDeskCode(resident.id());

		Residence residence = verification.verifyInPerson(official.id(), "GM0363", desk.formatted(), "BU03630002",
				RoundFixture.ADULT);

		assertThat(residence.method()).isEqualTo(VerificationMethod.IN_PERSON);
		assertThat(residence.verifiedBy()).isEqualTo(official.id().value());
		assertThat(residence.verifiedAt()).isNotNull();
		assertThat(verification.residenceOf(resident.id())).contains(residence);
		assertThat(refusal(() -> verification.verifyInPerson(official.id(), "GM0363", desk.formatted(), "BU03630002",
				RoundFixture.ADULT))).isEqualTo(VerificationRefusal.UNKNOWN);
	}

	@Test
	void givesResidentsTheirDataAndForgetsTheirNameWhenTheyLeave() {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);
		AccountPrincipal resident = fixture.verifiedResident();
		ProjectId idea = ideas.submit(resident.id(), round,
				new IdeaDraft("Speeltuin", "Een speeltuin", Amount.ofEuros(5_000), Location.NONE), null);

		Map<String, Object> data = accounts.personalData(resident.id());

		assertThat(data).containsKey("budgeting");
		assertThat(data.get("budgeting").toString()).contains("BU03630001", "1980-05-17", "Speeltuin");
		assertThat(accounts.delete(resident.id(), Personas.PASSWORD)).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> ideas.find(idea).orElseThrow().proposedBy() == null);
		assertThat(ideas.find(idea).orElseThrow().proposerName()).isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM budgeting_residence WHERE account_id = :a")
			.param("a", resident.id().value()).query(Integer.class).single()).isZero();
	}

	private static VerificationRefusal refusal(Runnable attempt) {
		try {
			attempt.run();
		}
		catch (VerificationRefusedException ex) {
			return ex.reason();
		}
		throw new AssertionError("expected a refusal");
	}

}
