// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When each phase starts. Voting ends when the results phase starts.
 */
public record PhaseSchedule(Instant ideasFrom, Instant reviewFrom, Instant votingFrom, Instant resultsFrom,
		Instant executionFrom) {

	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	public PhaseSchedule {
		if (reviewFrom.isBefore(ideasFrom) || votingFrom.isBefore(reviewFrom) || resultsFrom.isBefore(votingFrom)
				|| executionFrom.isBefore(resultsFrom)) {
			throw new IllegalArgumentException("The phases must follow each other in time");
		}
	}

	/**
	 * A schedule from calendar days in the Netherlands: each phase starts at midnight of its day, and
	 * voting stays open until the end of its last day.
	 */
	public static PhaseSchedule ofDays(LocalDate ideas, LocalDate review, LocalDate voting, LocalDate lastVotingDay,
			LocalDate execution) {
		return new PhaseSchedule(startOf(ideas), startOf(review), startOf(voting), startOf(lastVotingDay.plusDays(1)),
				startOf(execution));
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(AMSTERDAM).toInstant();
	}

	public Instant startOf(Phase phase) {
		return switch (phase) {
			case PLANNED -> Instant.MIN;
			case IDEAS -> ideasFrom;
			case REVIEW -> reviewFrom;
			case VOTING -> votingFrom;
			case RESULTS -> resultsFrom;
			case EXECUTION -> executionFrom;
		};
	}

	/** The last day on which residents can vote. */
	public LocalDate lastVotingDay() {
		ZonedDateTime closing = resultsFrom.atZone(AMSTERDAM);
		// a vote closed by hand ends during a day, and that day was still a voting day
		return closing.toLocalTime().equals(LocalTime.MIDNIGHT) ? closing.toLocalDate().minusDays(1)
				: closing.toLocalDate();
	}

	public LocalDate ideasDay() {
		return day(Phase.IDEAS);
	}

	public LocalDate reviewDay() {
		return day(Phase.REVIEW);
	}

	public LocalDate votingDay() {
		return day(Phase.VOTING);
	}

	public LocalDate executionDay() {
		return day(Phase.EXECUTION);
	}

	public LocalDate day(Phase phase) {
		return startOf(phase).atZone(AMSTERDAM).toLocalDate();
	}

	/**
	 * The same schedule after an official started a phase by hand at {@code now}: that phase starts now,
	 * earlier phases started no later than now, later phases start no earlier than now.
	 */
	PhaseSchedule startingNow(Phase started, Instant now) {
		return new PhaseSchedule(adjust(Phase.IDEAS, started, now), adjust(Phase.REVIEW, started, now),
				adjust(Phase.VOTING, started, now), adjust(Phase.RESULTS, started, now),
				adjust(Phase.EXECUTION, started, now));
	}

	private Instant adjust(Phase phase, Phase started, Instant now) {
		Instant planned = startOf(phase);
		if (phase == started) {
			return now;
		}
		if (phase.isBefore(started)) {
			return planned.isAfter(now) ? now : planned;
		}
		return planned.isBefore(now) ? now : planned;
	}

}
