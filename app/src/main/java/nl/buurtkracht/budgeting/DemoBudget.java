// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.system.DemoDataOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A living buurtbudget in Demodorp, made on the first run with demo data switched on: "Buurtbudget Noord" in
 * the voting phase, on which the demo resident (verified in the Vogelbuurt) can vote at once, and a finished
 * round in wijk Zuid whose result is counted in the background. Everything goes through the module's own use
 * cases, so the demo shows what an official and residents would have done. An advisory lock makes sure that
 * instances starting together make it once.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.demo.enabled", havingValue = "true")
class DemoBudget {

	static final String MUNICIPALITY = "GM9901";

	static final String NOORD = "WK990101";

	static final String VOGELBUURT = "BU99010101";

	static final String ZUID = "WK990102";

	static final String MOLENWIJK = "BU99010201";

	static final String TITLE = "Buurtbudget Noord";

	static final String FINISHED_TITLE = "Buurtbudget Zuid";

	/** The demo accounts of the account module (see the README). */
	static final String OFFICIAL = "ambtenaar@demo.buurtkracht.nl";

	static final String RESIDENT = "bewoner@demo.buurtkracht.nl";

	static final LocalDate RESIDENT_BIRTH_DATE = LocalDate.of(1980, 5, 17);

	private static final long LOCK = 0x6275647374L;

	/** Who approved which projects in the finished round, repeated three times: thirty paper ballots. */
	private static final int[][] PAPER_BALLOTS = { { 1, 2 }, { 1, 5 }, { 1, 2, 5 }, { 2, 4 }, { 3 }, { 1, 3, 5 },
			{ 4, 5 }, { 1 }, { 2, 3 }, { 1, 4 } };

	private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final ResidenceVerification verification;

	private final BallotBox ballots;

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoBudget(BudgetProcess process, IdeaBox ideas, ResidenceVerification verification, BallotBox ballots,
			AccountManagement accounts, JdbcClient jdbc, Clock clock) {
		this.process = process;
		this.ideas = ideas;
		this.verification = verification;
		this.ballots = ballots;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Runs after Demodorp and the demo accounts exist: the resident's home buurt must be a known buurt. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoDataOrder.BUDGET)
	@Transactional
	public void createOnce() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
		if (exists()) {
			return;
		}
		AccountId official = account(OFFICIAL);
		AccountId resident = account(RESIDENT);
		votingRound(official, resident);
		verifyAtHome(official, resident);
		finishedRound(official, resident);
		log.info("Created the demo buurtbudgetten of {}: {} (voting) and {} (result)", MUNICIPALITY, TITLE,
				FINISHED_TITLE);
	}

	private boolean exists() {
		return process.inMunicipality(MUNICIPALITY).stream().anyMatch(round -> round.title().equals(TITLE));
	}

	private RoundId votingRound(AccountId official, AccountId resident) {
		LocalDate today = today();
		RoundSettings settings = new RoundSettings(TITLE,
				"Wat maakt Noord mooier, groener of gezelliger? Bewoners dienden ideeën in. De gemeente keek of ze "
						+ "haalbaar zijn. Nu kies jij welke plannen er komen. Er is € 50.000 te verdelen.",
				Amount.ofEuros(50_000),
				// Review and voting start by hand below; voting stays open for six weeks, so the phase clock
				// leaves the round alone for that long.
				PhaseSchedule.ofDays(today.minusWeeks(6), today.plusDays(1), today.plusDays(1), today.plusWeeks(6),
						today.plusWeeks(8)),
				16, BallotRules.approval(1, DemoIdeas.NOORD.size()), CountingRules.DEFAULT, List.of("groen", "ontmoeten"));
		return toVoting(official, resident, new RoundArea(NOORD), settings, DemoIdeas.NOORD);
	}

	/** Plans a round, lets the resident propose the ideas and the official find them feasible, opens the vote. */
	private RoundId toVoting(AccountId official, AccountId resident, RoundArea area, RoundSettings settings,
			List<DemoIdeas.Idea> proposals) {
		RoundId round = process.plan(official, MUNICIPALITY, List.of(area), settings).get(0);
		List<ProjectId> projects = new ArrayList<>();
		for (DemoIdeas.Idea idea : proposals) {
			projects.add(ideas.submit(resident, round, idea.draft(), null));
		}
		for (int i = 0; i < projects.size(); i++) {
			ideas.judgeFeasible(official, projects.get(i), Amount.ofEuros(proposals.get(i).euros()), "");
		}
		process.advancePhase(official, round);
		process.advancePhase(official, round);
		return round;
	}

	/** The demo resident proves with a letter code that they live in the Vogelbuurt, which becomes their home. */
	private void verifyAtHome(AccountId official, AccountId resident) {
		if (verification.residenceOf(resident).isEmpty()) {
			String code = verification.issueLetters(official, VOGELBUURT, List.of(), 1, today().plusWeeks(4))
				.letters()
				.get(0)
				.code();
			verification.verifyWithLetterCode(resident, code, RESIDENT_BIRTH_DATE, new RoundArea(NOORD));
		}
		boolean hasHome = accounts.find(resident).map(account -> account.homeNeighbourhoodCode() != null).orElse(false);
		if (!hasHome) {
			accounts.chooseHomeNeighbourhood(resident, AreaCode.of(VOGELBUURT));
		}
	}

	/**
	 * A round in wijk Zuid with thirty paper ballots, closed by hand: closing it queues the count, which runs
	 * in the background after this transaction, so its result page, explanation and open-data file are real.
	 */
	private void finishedRound(AccountId official, AccountId resident) {
		LocalDate today = today();
		RoundSettings settings = new RoundSettings(FINISHED_TITLE,
				"Bewoners van Zuid kozen samen hoe € 30.000 de wijk beter maakt. Bekijk welke plannen er komen en waarom.",
				Amount.ofEuros(30_000),
				// The results phase lasts until the execution day, eight weeks from now.
				PhaseSchedule.ofDays(today.minusWeeks(12), today.plusDays(1), today.plusDays(1), today.plusDays(1),
						today.plusWeeks(8)),
				16, BallotRules.approval(1, DemoIdeas.ZUID.size()), CountingRules.DEFAULT, List.of("veilig", "groen"));
		RoundId round = toVoting(official, resident, new RoundArea(ZUID), settings, DemoIdeas.ZUID);
		List<Letter> letters = verification
			.issueLetters(official, MOLENWIJK, List.of(), 3 * PAPER_BALLOTS.length, today.plusWeeks(4))
			.letters();
		for (int i = 0; i < letters.size(); i++) {
			LocalDate birthDate = LocalDate.of(1945 + i * 2, 1 + i % 12, 1 + i % 28);
			List<Choice> choices = new ArrayList<>();
			for (int number : PAPER_BALLOTS[i % PAPER_BALLOTS.length]) {
				choices.add(Choice.approve(number));
			}
			ballots.castOnPaper(official, round, new PaperVoter.WithLetterCode(letters.get(i).code(), birthDate),
					choices);
		}
		process.advancePhase(official, round);
	}

	private AccountId account(String email) {
		return accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("The demo account " + email + " is missing"))
			.id();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PhaseSchedule.AMSTERDAM));
	}

}
