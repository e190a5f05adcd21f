// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Project;
import nl.buurtkracht.budgeting.ProjectTally;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.StoredOutcome;
import nl.buurtkracht.budgeting.Tally;
import nl.buurtkracht.budgeting.UnknownRoundException;
import nl.buurtkracht.budgeting.Verdict;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API of the buurtbudget: rounds, their projects and their results. Anyone may read it; it
 * holds nothing personal (no proposers, no voters).
 */
@RestController
@RequestMapping(path = "/api/v1/budgets", produces = "application/json")
@PreAuthorize("permitAll()")
@Tag(name = "Buurtbudget", description = "Participatory budgeting rounds, projects and results (public)")
class BudgetApi {

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final Tally tally;

	BudgetApi(BudgetProcess process, IdeaBox ideas, Tally tally) {
		this.process = process;
		this.ideas = ideas;
		this.tally = tally;
	}

	@GetMapping
	@Operation(summary = "List rounds, newest first, optionally of one gemeente")
	Page<RoundView> listRounds(
			@Parameter(description = "CBS gemeente code, for example GM0363") @RequestParam(defaultValue = "") String municipality,
			@Parameter(description = "zero-based page") @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return process.overview(municipality.strip().toUpperCase(Locale.ROOT), Math.max(0, page), Page.clampSize(size))
			.map(RoundView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One round: area, budget, phase, schedule and ballot rules")
	RoundView showRound(@PathVariable UUID id) {
		return RoundView.of(round(id));
	}

	@GetMapping("/{id}/projects")
	@Operation(summary = "The ideas and projects of a round with their feasibility verdict")
	List<ProjectView> listProjects(@PathVariable UUID id) {
		return ideas.ideas(round(id).roundId()).stream().map(ProjectView::of).toList();
	}

	@GetMapping("/{id}/projects/{projectId}")
	@Operation(summary = "One idea or project")
	ProjectView showProject(@PathVariable UUID id, @PathVariable UUID projectId) {
		return ProjectView.of(Views.project(ideas, id, projectId));
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "The outcome: winners, votes per project, the reason for every project, and the open-data file")
	ResultsView showResults(@PathVariable UUID id) {
		StoredOutcome outcome = tally.outcome(round(id).roundId()).orElseThrow(() -> new UnknownRoundException(id));
		return new ResultsView(outcome.rule(), outcome.ballotCount(), outcome.budgetCents(), outcome.totalCostCents(),
				outcome.winners().stream().map(ProjectTally::number).toList(), outcome.tally(), outcome.verdicts(),
				URI.create("/buurtbudgetten/" + id + "/uitslag/stemmen.pb"), outcome.pbSha256(), outcome.computedAt());
	}

	@ExceptionHandler(UnknownRoundException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Dit buurtbudget, project of deze uitslag bestaat (nog) niet.");
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private BudgetRound round(UUID id) {
		return process.find(new RoundId(id)).orElseThrow(() -> new UnknownRoundException(id));
	}

	/** A round as the API shows it. Amounts are euro cents. */
	record RoundView(UUID id, String municipalityCode, String areaCode, String title, String description,
			long amountCents, String phase, LocalDate ideasFrom, LocalDate reviewFrom, LocalDate votingFrom,
			LocalDate lastVotingDay, LocalDate executionFrom, int minimumAge, String voteType,
			int minProjects, int maxProjects, int points, String rule, List<String> goals) {

		static RoundView of(BudgetRound round) {
			var schedule = round.schedule();
			var rules = round.ballotRules();
			return new RoundView(round.roundId().value(), round.municipalityCode(), round.area().code(), round.title(),
					round.description(), round.amount().cents(), round.phase().name(), schedule.ideasDay(),
					schedule.reviewDay(), schedule.votingDay(), schedule.lastVotingDay(), schedule.executionDay(),
					round.minimumAge(), rules.voteType().name(), rules.minProjects(), rules.maxProjects(),
					rules.points(), round.rule(), round.goals());
		}

	}

	/** An idea or project as the API shows it; the proposer is not part of it. */
	record ProjectView(UUID id, int number, String title, String description, String location,
			@Nullable Double latitude, @Nullable Double longitude, long estimatedCostCents, long costCents,
			String status, @Nullable String reviewReason, @Nullable String executionStatus) {

		static ProjectView of(Project project) {
			return new ProjectView(project.projectId().value(), project.number(), project.title(),
					project.description(), project.location().description(), project.location().latitude(),
					project.location().longitude(), project.estimatedCost().cents(), project.cost().cents(),
					project.status().name(), project.reviewReason(),
					project.executionStatus() == null ? null : project.executionStatus().name());
		}

	}

	/** The outcome as the API shows it. */
	record ResultsView(String rule, int ballots, long budgetCents, long totalCostCents, List<Integer> selected,
			List<ProjectTally> projects, List<Verdict> verdicts, URI pabulibFile, String pabulibSha256,
			Instant computedAt) {
	}

}
