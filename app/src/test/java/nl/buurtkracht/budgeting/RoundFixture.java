// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import org.springframework.context.ApplicationContext;

/**
 * Test data for the buurtbudget: rounds in a given phase with feasible projects, officials and verified
 * residents, all made through the module's own use cases.
 */
public final class RoundFixture {

	public static final String MUNICIPALITY = "GM0363";

	public static final String WIJK = "WK036300";

	public static final String BUURT = "BU03630001";

	public static final LocalDate ADULT = LocalDate.of(1980, 5, 17);

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final ResidenceVerification verification;

	private final AccountManagement accounts;

	public RoundFixture(ApplicationContext context) {
		this.process = context.getBean(BudgetProcess.class);
		this.ideas = context.getBean(IdeaBox.class);
		this.verification = context.getBean(ResidenceVerification.class);
		this.accounts = context.getBean(AccountManagement.class);
	}

	public AccountPrincipal official() {
		return Personas.create(accounts, Role.OFFICIAL, MUNICIPALITY);
	}

	public AccountPrincipal resident() {
		return Personas.create(accounts, Role.RESIDENT, null);
	}

	public static RoundSettings settings(BallotRules rules, long euros) {
		LocalDate today = LocalDate.now(PhaseSchedule.AMSTERDAM);
		return new RoundSettings("Buurtbudget " + today, "Bewoners kiezen samen", Amount.ofEuros(euros),
				PhaseSchedule.ofDays(today, today.plusWeeks(4), today.plusWeeks(6), today.plusWeeks(8),
						today.plusWeeks(10)),
				16, rules, CountingRules.DEFAULT, List.of("groen"));
	}

	/** A round in the ideas phase for the wijk. */
	public RoundId ideasRound(AccountPrincipal official, BallotRules rules, long euros) {
		return process.plan(official.id(), MUNICIPALITY, List.of(new RoundArea(WIJK)), settings(rules, euros)).get(0);
	}

	/** A round in the voting phase with one feasible project per cost (in euros), numbered 1, 2, … */
	public RoundId votingRound(BallotRules rules, long euros, long... costs) {
		AccountPrincipal official = official();
		RoundId round = ideasRound(official, rules, euros);
		AccountPrincipal proposer = resident();
		List<ProjectId> projects = new ArrayList<>();
		for (int i = 0; i < costs.length; i++) {
			projects.add(ideas.submit(proposer.id(), round, new IdeaDraft("Plan " + (i + 1), "Beschrijving " + (i + 1),
					Amount.ofEuros(costs[i]), Location.NONE), null));
		}
		for (int i = 0; i < costs.length; i++) {
			ideas.judgeFeasible(official.id(), projects.get(i), Amount.ofEuros(costs[i]), "");
		}
		process.advancePhase(official.id(), round);
		process.advancePhase(official.id(), round);
		return round;
	}

	/** A fresh letter code for a buurt, valid for four weeks. */
	public String letterCode(String buurt) {
		AccountPrincipal official = official();
		return verification.issueLetters(official.id(), buurt, List.of(), 1, LocalDate.now(PhaseSchedule.AMSTERDAM).plusWeeks(4))
			.letters()
			.get(0)
			.code();
	}

	/** A resident verified by letter code for a buurt. */
	public AccountPrincipal verifiedResident(String buurt, LocalDate birthDate) {
		AccountPrincipal resident = resident();
		verification.verifyWithLetterCode(resident.id(), letterCode(buurt), birthDate, null);
		return resident;
	}

	public AccountPrincipal verifiedResident() {
		return verifiedResident(BUURT, ADULT);
	}

}
