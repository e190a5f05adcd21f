// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.buurtkracht.budgeting.Amount;
import nl.buurtkracht.budgeting.BallotRules;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.CountingRules;
import nl.buurtkracht.budgeting.PhaseSchedule;
import nl.buurtkracht.budgeting.RoundArea;
import nl.buurtkracht.budgeting.RoundSettings;
import nl.buurtkracht.budgeting.VoteType;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an official fills in to plan (or change) a buurtbudget. Several areas give one round each.
 */
record RoundForm(
		@Size(max = 2000, message = "{budgeting.form.areaCodes.invalid}") @Nullable String areaCodes,
		@NotBlank(message = "{budgeting.form.title.required}") @Size(max = 150, message = "{budgeting.form.title.size}") String title,
		@NotBlank(message = "{budgeting.form.description.required}") @Size(max = 10000, message = "{budgeting.form.description.size}") String description,
		@NotNull(message = "{budgeting.form.amount.required}") @Min(value = 1, message = "{budgeting.form.amount.range}") @Max(value = 1_000_000_000, message = "{budgeting.form.amount.range}") @Nullable Long amount,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ideasFrom,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewFrom,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate votingFrom,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate votingUntil,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate executionFrom,
		@NotNull(message = "{budgeting.form.minimumAge.range}") @Min(value = 0, message = "{budgeting.form.minimumAge.range}") @Max(value = 120, message = "{budgeting.form.minimumAge.range}") @Nullable Integer minimumAge,
		@NotNull(message = "{budgeting.form.voteType.required}") @Nullable VoteType voteType,
		@Min(value = 1, message = "{budgeting.form.projects.range}") @Max(value = 1000, message = "{budgeting.form.projects.range}") @Nullable Integer minProjects,
		@Min(value = 1, message = "{budgeting.form.projects.range}") @Max(value = 1000, message = "{budgeting.form.projects.range}") @Nullable Integer maxProjects,
		@Min(value = 1, message = "{budgeting.form.points.range}") @Max(value = 1000, message = "{budgeting.form.points.range}") @Nullable Integer points,
		@NotBlank(message = "{budgeting.form.rule.required}") String rule,
		@Size(max = 500, message = "{budgeting.form.goals.size}") @Nullable String goals) {

	/** A new round with a sensible schedule: ideas for four weeks, then two weeks each for review and voting. */
	static RoundForm proposal(LocalDate today) {
		return new RoundForm("", "", "", 25_000L, today, today.plusWeeks(4), today.plusWeeks(6),
				today.plusWeeks(8).minusDays(1), today.plusWeeks(10), 16, VoteType.KNAPSACK, 1, 5, 10,
				CountingRules.DEFAULT, "");
	}

	static RoundForm of(BudgetRound round) {
		PhaseSchedule schedule = round.schedule();
		BallotRules rules = round.ballotRules();
		boolean approval = rules.voteType() == VoteType.APPROVAL;
		boolean cumulative = rules.voteType() == VoteType.CUMULATIVE;
		return new RoundForm(round.area().code(), round.title(), round.description(), round.amount().euros(),
				schedule.ideasDay(), schedule.reviewDay(), schedule.votingDay(), schedule.lastVotingDay(),
				schedule.executionDay(), round.minimumAge(), rules.voteType(), approval ? rules.minProjects() : 1,
				approval ? rules.maxProjects() : 5, cumulative ? rules.points() : 10, round.rule(),
				String.join(", ", round.goals()));
	}

	/** The areas, one code per line or separated by commas; invalid codes are kept so they can be named. */
	List<String> areas() {
		return areaCodes == null ? List.of()
				: Arrays.stream(areaCodes.split("[,;\\s]+"))
					.map(code -> code.strip().toUpperCase(Locale.ROOT))
					.filter(code -> !code.isEmpty())
					.distinct()
					.toList();
	}

	List<RoundArea> roundAreas() {
		return areas().stream().map(RoundArea::new).toList();
	}

	PhaseSchedule schedule() {
		return PhaseSchedule.ofDays(ideasFrom, reviewFrom, votingFrom, votingUntil, executionFrom);
	}

	BallotRules ballotRules() {
		return switch (voteType) {
			case APPROVAL -> BallotRules.approval(minProjects == null ? 1 : minProjects,
					maxProjects == null ? Integer.MAX_VALUE : maxProjects);
			case KNAPSACK -> BallotRules.knapsack();
			case CUMULATIVE -> BallotRules.cumulative(points == null ? 10 : points);
		};
	}

	RoundSettings settings() {
		return new RoundSettings(title, description, Amount.ofEuros(amount), schedule(), minimumAge, ballotRules(),
				rule, goals == null ? List.of() : Arrays.asList(goals.split(",")));
	}

}
