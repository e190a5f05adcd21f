// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A buurtbudget round for one wijk or buurt: the money, the phases and the rules of the ballot. It moves
 * through its phases by date ({@link #advanceIfDue}) or by an official ({@link #advancePhase}).
 */
@Table("budgeting_round")
public class BudgetRound extends AbstractAggregateRoot<BudgetRound> {

	@Id
	private final UUID id;

	@Version
	private @Nullable Long version;

	private final String municipalityCode;

	private final String areaCode;

	private String title;

	private String description;

	private long amountCents;

	private Phase phase;

	private Instant ideasFrom;

	private Instant reviewFrom;

	private Instant votingFrom;

	private Instant resultsFrom;

	private Instant executionFrom;

	private int minimumAge;

	private VoteType voteType;

	private int minProjects;

	private int maxProjects;

	private int points;

	private String rule;

	private String goals;

	private final @Nullable UUID createdBy;

	private final Instant createdAt;

	@Transient
	private final List<String> changes = new ArrayList<>();

	@PersistenceCreator
	BudgetRound(UUID id, @Nullable Long version, String municipalityCode, String areaCode, String title,
			String description, long amountCents, Phase phase, Instant ideasFrom, Instant reviewFrom,
			Instant votingFrom, Instant resultsFrom, Instant executionFrom, int minimumAge, VoteType voteType,
			int minProjects, int maxProjects, int points, String rule, String goals, @Nullable UUID createdBy,
			Instant createdAt) {
		this.id = id;
		this.version = version;
		this.municipalityCode = municipalityCode;
		this.areaCode = areaCode;
		this.title = title;
		this.description = description;
		this.amountCents = amountCents;
		this.phase = phase;
		this.ideasFrom = ideasFrom;
		this.reviewFrom = reviewFrom;
		this.votingFrom = votingFrom;
		this.resultsFrom = resultsFrom;
		this.executionFrom = executionFrom;
		this.minimumAge = minimumAge;
		this.voteType = voteType;
		this.minProjects = minProjects;
		this.maxProjects = maxProjects;
		this.points = points;
		this.rule = rule;
		this.goals = goals;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A new round, in the phase its schedule puts it in at {@code now}. */
	static BudgetRound plan(RoundArea area, RoundSettings settings, AccountId official, Instant now) {
		BudgetRound round = new BudgetRound(UUID.randomUUID(), null, area.municipalityCode(), area.code(), "", "", 0,
				Phase.PLANNED, now, now, now, now, now, 0, VoteType.APPROVAL, 1, 1, 0, "", "", official.value(), now);
		round.apply(settings);
		round.changes.clear();
		round.changes.add("created " + area.code());
		round.advanceIfDue(now, 0);
		return round;
	}

	/**
	 * Changes the settings. The ballot and the money are fixed once voting has started; titles, texts and
	 * the dates of phases still to come can change until the results are out.
	 */
	void revise(RoundSettings settings) {
		if (phase.isAtLeast(Phase.RESULTS)) {
			throw new IllegalPhaseException("A round cannot change after voting closed");
		}
		if (phase.isAtLeast(Phase.VOTING) && (settings.amount().cents() != amountCents
				|| !settings.ballotRules().equals(ballotRules()) || !settings.rule().equals(rule)
				|| settings.minimumAge() != minimumAge)) {
			throw new IllegalPhaseException("The budget, ballot, rule and minimum age are fixed once voting started");
		}
		PhaseSchedule asked = settings.schedule();
		if (phase.isAtLeast(Phase.VOTING) && !asked.votingFrom().equals(votingFrom)) {
			throw new IllegalPhaseException("Voting already started");
		}
		apply(settings);
	}

	private void apply(RoundSettings settings) {
		record("title", this.title, settings.title());
		record("description", this.description, settings.description());
		record("amount", this.amountCents, settings.amount().cents());
		record("schedule", schedule(), settings.schedule());
		record("minimumAge", this.minimumAge, settings.minimumAge());
		record("ballot", ballotRules(), settings.ballotRules());
		record("rule", this.rule, settings.rule());
		record("goals", this.goals, String.join(", ", settings.goals()));
		this.title = settings.title();
		this.description = settings.description();
		this.amountCents = settings.amount().cents();
		setSchedule(settings.schedule());
		this.minimumAge = settings.minimumAge();
		this.voteType = settings.ballotRules().voteType();
		this.minProjects = settings.ballotRules().minProjects();
		this.maxProjects = settings.ballotRules().maxProjects();
		this.points = settings.ballotRules().points();
		this.rule = settings.rule();
		this.goals = String.join(", ", settings.goals());
	}

	private void record(String field, Object before, Object after) {
		if (!before.equals(after)) {
			changes.add(field + ": " + after);
		}
	}

	/**
	 * Starts the next phase now, by hand. Voting cannot start without a feasible project on the ballot.
	 * @param ballotProjects the number of feasible projects
	 */
	void advancePhase(Instant now, int ballotProjects) {
		Phase next = phase.next().orElseThrow(() -> new IllegalPhaseException("The execution phase is the last one"));
		requireBallot(next, ballotProjects);
		setSchedule(schedule().startingNow(next, now));
		enter(next, "by hand");
	}

	/**
	 * Moves through every phase whose start date has come. Stops before voting when no project is feasible.
	 * @return whether the phase changed
	 */
	boolean advanceIfDue(Instant now, int ballotProjects) {
		boolean changed = false;
		for (Phase next = phase.next().orElse(null); next != null && !schedule().startOf(next).isAfter(now)
				&& (next != Phase.VOTING || ballotProjects > 0); next = phase.next().orElse(null)) {
			enter(next, "by date");
			changed = true;
		}
		return changed;
	}

	private static void requireBallot(Phase next, int ballotProjects) {
		if (next == Phase.VOTING && ballotProjects == 0) {
			throw new IllegalPhaseException("Voting needs at least one feasible project");
		}
	}

	private void enter(Phase next, String how) {
		Phase previous = phase;
		phase = next;
		changes.add("phase " + previous + " -> " + next + " " + how);
		registerEvent(new PhaseStarted(roundId(), next));
		if (next == Phase.RESULTS) {
			registerEvent(new VotingClosed(roundId()));
		}
	}

	/** The events registered since the round was loaded (published when it is saved). */
	List<Object> events() {
		return List.copyOf(domainEvents());
	}

	/** The audit lines for what changed since the round was loaded; cleared once read. */
	List<String> drainChanges() {
		List<String> drained = List.copyOf(changes);
		changes.clear();
		return drained;
	}

	/** Whether a ballot may be cast at {@code now}: the voting phase, and its closing time not yet passed. */
	public boolean isOpenForVoting(Instant now) {
		return phase == Phase.VOTING && now.isBefore(resultsFrom);
	}

	public boolean acceptsIdeas() {
		return phase == Phase.IDEAS;
	}

	/** Feasibility is checked while ideas come in and in the review phase, never once voting started. */
	public boolean acceptsReviews() {
		return phase == Phase.IDEAS || phase == Phase.REVIEW;
	}

	/** Whether a resident born on {@code birthDate} is old enough to vote on {@code day}. */
	public boolean isOldEnough(LocalDate birthDate, LocalDate day) {
		return !birthDate.plusYears(minimumAge).isAfter(day);
	}

	private void setSchedule(PhaseSchedule schedule) {
		this.ideasFrom = schedule.ideasFrom();
		this.reviewFrom = schedule.reviewFrom();
		this.votingFrom = schedule.votingFrom();
		this.resultsFrom = schedule.resultsFrom();
		this.executionFrom = schedule.executionFrom();
	}

	public RoundId roundId() {
		return new RoundId(id);
	}

	public String municipalityCode() {
		return municipalityCode;
	}

	public RoundArea area() {
		return new RoundArea(areaCode);
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Amount amount() {
		return new Amount(amountCents);
	}

	public Phase phase() {
		return phase;
	}

	public PhaseSchedule schedule() {
		return new PhaseSchedule(ideasFrom, reviewFrom, votingFrom, resultsFrom, executionFrom);
	}

	public int minimumAge() {
		return minimumAge;
	}

	public BallotRules ballotRules() {
		return new BallotRules(voteType, minProjects, maxProjects, points);
	}

	public VoteType voteType() {
		return voteType;
	}

	/** The counting rule, by its engine key (for example {@code mes_cost_add1_then_greedy}). */
	public String rule() {
		return rule;
	}

	public List<String> goals() {
		return goals.isBlank() ? List.of() : Arrays.stream(goals.split(",")).map(String::strip).toList();
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Long version() {
		return version;
	}

}
