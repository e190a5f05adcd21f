// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.MunicipalityScope;
import nl.buurtkracht.budgeting.BallotBox;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.CountingRules;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.IllegalPhaseException;
import nl.buurtkracht.budgeting.Phase;
import nl.buurtkracht.budgeting.PhaseSchedule;
import nl.buurtkracht.budgeting.ProjectTally;
import nl.buurtkracht.budgeting.RoundArea;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.Tally;
import nl.buurtkracht.budgeting.VoteType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official's workspace for buurtbudgetten: what needs action, planning and changing rounds, and moving
 * them to the next phase. Officials see and change only the rounds of their own gemeente.
 */
@Controller
class WorkspaceController {

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final BallotBox box;

	private final Tally tally;

	private final MunicipalityScope scope;

	private final MessageSource messages;

	private final Clock clock;

	WorkspaceController(BudgetProcess process, IdeaBox ideas, BallotBox box, Tally tally, MunicipalityScope scope,
			MessageSource messages, Clock clock) {
		this.process = process;
		this.ideas = ideas;
		this.box = box;
		this.tally = tally;
		this.scope = scope;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/werkplek/buurtbudgetten")
	@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
	String showDashboard(@RequestParam(defaultValue = "") String gemeente, Authentication authentication,
			Model model) {
		String municipality = scope.municipalityOf(authentication).orElse(gemeente.strip().toUpperCase(Locale.ROOT));
		List<BudgetRound> rounds = municipality.isEmpty() ? List.of() : process.inMunicipality(municipality);
		model.addAttribute("municipality", municipality);
		model.addAttribute("rounds", rounds.stream()
			.map(round -> new Dashboard(round, ideas.awaitingReview(round.roundId()),
					round.phase() == Phase.VOTING ? box.turnout(round.roundId()).voters() : 0))
			.toList());
		return "budgeting/workspace";
	}

	/** A round on the dashboard, with what needs doing. */
	record Dashboard(BudgetRound round, int awaitingReview, int voters) {
	}

	@GetMapping("/werkplek/buurtbudgetten/nieuw")
	@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
	String initCreateForm(Authentication authentication, Model model) {
		model.addAttribute("form", RoundForm.proposal(LocalDate.now(clock.withZone(PhaseSchedule.AMSTERDAM))));
		model.addAttribute("municipality", scope.municipalityOf(authentication).orElse(""));
		return formPage(model, null);
	}

	@PostMapping("/werkplek/buurtbudgetten/nieuw")
	@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
	String processCreateForm(@Valid @ModelAttribute("form") RoundForm form, BindingResult result,
			Authentication authentication, @AuthenticationPrincipal AccountPrincipal me, Model model,
			RedirectAttributes redirect) {
		List<String> areas = form.areas();
		if (areas.isEmpty() || areas.stream().anyMatch(code -> !RoundArea.isValid(code))) {
			result.rejectValue("areaCodes", "invalid", Views.text(messages, "budgeting.form.areaCodes.invalid"));
		}
		else if (areas.stream().map(RoundArea::municipalityOf).distinct().count() > 1
				|| !scope.covers(authentication, RoundArea.municipalityOf(areas.get(0)), "OFFICIAL")) {
			result.rejectValue("areaCodes", "scope", Views.text(messages, "budgeting.form.areaCodes.scope"));
		}
		checkSettings(form, result);
		if (result.hasErrors()) {
			model.addAttribute("municipality", scope.municipalityOf(authentication).orElse(""));
			return formPage(model, null);
		}
		List<RoundId> planned = process.plan(me.id(), RoundArea.municipalityOf(areas.get(0)), form.roundAreas(),
				form.settings());
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.form.created", planned.size()));
		return planned.size() == 1 ? "redirect:/werkplek/buurtbudgetten/" + planned.get(0)
				: "redirect:/werkplek/buurtbudgetten";
	}

	@GetMapping("/werkplek/buurtbudgetten/{id}")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String showRound(@PathVariable UUID id, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("round", round);
		model.addAttribute("ideas", ideas.ideas(round.roundId()));
		model.addAttribute("turnout", box.turnout(round.roundId()));
		model.addAttribute("audit", process.auditTrail(round.roundId()));
		model.addAttribute("job", tally.job(round.roundId()).orElse(null));
		model.addAttribute("winners", tally.outcome(round.roundId())
			.map(outcome -> outcome.winners().stream().map(ProjectTally::number).toList())
			.orElse(List.of()));
		return "budgeting/manage";
	}

	@GetMapping("/werkplek/buurtbudgetten/{id}/bewerken")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("form", RoundForm.of(round));
		return formPage(model, round);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/bewerken")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") RoundForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal me, Model model,
			RedirectAttributes redirect) {
		BudgetRound round = Views.round(process, id);
		checkSettings(form, result);
		if (!result.hasErrors()) {
			try {
				process.revise(me.id(), round.roundId(), form.settings());
				redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.form.saved"));
				return "redirect:/werkplek/buurtbudgetten/" + id;
			}
			catch (IllegalPhaseException ex) {
				result.reject("phase", Views.text(messages, "budgeting.form.fixed"));
			}
		}
		return formPage(model, round);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/fase")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String processAdvance(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		try {
			Phase phase = process.advancePhase(me.id(), new RoundId(id));
			redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.manage.advanced",
					Views.text(messages, "budgeting.phase." + phase)));
		}
		catch (IllegalPhaseException ex) {
			redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.manage.advance.refused"));
		}
		return "redirect:/werkplek/buurtbudgetten/" + id;
	}

	private void checkSettings(RoundForm form, BindingResult result) {
		if (result.hasFieldErrors("ideasFrom") || result.hasFieldErrors("reviewFrom")
				|| result.hasFieldErrors("votingFrom") || result.hasFieldErrors("votingUntil")
				|| result.hasFieldErrors("executionFrom")) {
			return;
		}
		try {
			form.schedule();
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("reviewFrom", "order", Views.text(messages, "budgeting.form.date.order"));
		}
		if (form.voteType() == VoteType.APPROVAL && form.minProjects() != null && form.maxProjects() != null
				&& form.minProjects() > form.maxProjects()) {
			result.rejectValue("maxProjects", "order", Views.text(messages, "budgeting.form.projects.order"));
		}
		if (!CountingRules.KEYS.contains(form.rule())) {
			result.rejectValue("rule", "unknown", Views.text(messages, "budgeting.form.rule.required"));
		}
		else if (form.voteType() == VoteType.CUMULATIVE && !CountingRules.acceptsPoints(form.rule())) {
			result.rejectValue("rule", "cumulative", Views.text(messages, "budgeting.form.rule.cumulative"));
		}
	}

	private String formPage(Model model, @Nullable BudgetRound round) {
		model.addAttribute("round", round);
		model.addAttribute("voteTypes", VoteType.values());
		model.addAttribute("rules", CountingRules.KEYS);
		return "budgeting/round-form";
	}

}
