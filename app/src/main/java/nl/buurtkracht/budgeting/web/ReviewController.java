// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.Amount;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.ExecutionStatus;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Photo;
import nl.buurtkracht.budgeting.Project;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * What officials do with ideas: check feasibility, hide comments with a reason, report progress on winners.
 * Only for rounds of their own gemeente.
 */
@Controller
@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
class ReviewController {

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final MessageSource messages;

	ReviewController(BudgetProcess process, IdeaBox ideas, MessageSource messages) {
		this.process = process;
		this.ideas = ideas;
		this.messages = messages;
	}

	@GetMapping("/werkplek/buurtbudgetten/{id}/ideeen/{projectId}/toets")
	String initReviewForm(@PathVariable UUID id, @PathVariable UUID projectId, Model model) {
		Project project = Views.project(ideas, id, projectId);
		model.addAttribute("form", new ReviewForm(project.status().name().equals("NOT_FEASIBLE") ? Boolean.FALSE
				: project.isOnBallot() ? Boolean.TRUE : null, project.cost().euros(), project.reviewReason()));
		return reviewPage(id, project, model);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/ideeen/{projectId}/toets")
	String processReviewForm(@PathVariable UUID id, @PathVariable UUID projectId,
			@Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		Project project = Views.project(ideas, id, projectId);
		BudgetRound round = Views.round(process, id);
		if (Boolean.TRUE.equals(form.feasible()) && form.cost() != null
				&& Amount.ofEuros(form.cost()).exceeds(round.amount())) {
			result.rejectValue("cost", "budget", Views.text(messages, "budgeting.review.cost.budget"));
		}
		if (Boolean.TRUE.equals(form.feasible()) && form.cost() == null) {
			result.rejectValue("cost", "required", Views.text(messages, "budgeting.review.cost.range"));
		}
		if (Boolean.FALSE.equals(form.feasible()) && form.reasonText().isEmpty()) {
			result.rejectValue("reason", "required", Views.text(messages, "budgeting.review.reason.required"));
		}
		if (result.hasErrors()) {
			return reviewPage(id, project, model);
		}
		if (Boolean.TRUE.equals(form.feasible())) {
			ideas.judgeFeasible(me.id(), project.projectId(), Amount.ofEuros(form.cost()), form.reasonText());
		}
		else {
			ideas.judgeNotFeasible(me.id(), project.projectId(), form.reasonText());
		}
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.review.saved", project.title()));
		return "redirect:/werkplek/buurtbudgetten/" + id;
	}

	private String reviewPage(UUID id, Project project, Model model) {
		model.addAttribute("round", Views.round(process, id));
		model.addAttribute("project", project);
		return "budgeting/review";
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/ideeen/{projectId}/reacties/{commentId}/verbergen")
	String processHideComment(@PathVariable UUID id, @PathVariable UUID projectId, @PathVariable long commentId,
			@RequestParam String reason, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		Project project = Views.project(ideas, id, projectId);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.comment.hide.reason.required"));
		}
		else {
			ideas.hideComment(me.id(), project.projectId(), commentId, reason);
			redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.comment.hidden.done"));
		}
		return "redirect:/buurtbudgetten/" + id + "/ideeen/" + projectId + "#reacties";
	}

	@GetMapping("/werkplek/buurtbudgetten/{id}/ideeen/{projectId}/voortgang")
	String initProgressForm(@PathVariable UUID id, @PathVariable UUID projectId, Model model) {
		model.addAttribute("form", ProgressForm.empty());
		return progressPage(id, Views.project(ideas, id, projectId), model);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/ideeen/{projectId}/voortgang")
	String processProgressForm(@PathVariable UUID id, @PathVariable UUID projectId,
			@Valid @ModelAttribute("form") ProgressForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		Project project = Views.project(ideas, id, projectId);
		Photo photo = result.hasErrors() ? null : PhotoUploads.check(form.photo(), result, messages);
		if (result.hasErrors()) {
			return progressPage(id, project, model);
		}
		ExecutionStatus status = form.status();
		ideas.reportProgress(me.id(), project.projectId(), status, form.text(), photo);
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.progress.saved"));
		return "redirect:/buurtbudgetten/" + id + "/ideeen/" + projectId;
	}

	private String progressPage(UUID id, Project project, Model model) {
		model.addAttribute("round", Views.round(process, id));
		model.addAttribute("project", project);
		model.addAttribute("statuses", ExecutionStatus.values());
		return "budgeting/progress";
	}

}
