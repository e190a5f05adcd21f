// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Photo;
import nl.buurtkracht.budgeting.Project;
import nl.buurtkracht.budgeting.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
 * Ideas: residents submit them, everyone reads them with their feasibility verdict, comments and progress;
 * residents comment and follow.
 */
@Controller
class IdeaController {

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final MessageSource messages;

	private final String tileUrl;

	IdeaController(BudgetProcess process, IdeaBox ideas, MessageSource messages,
			@Value("${buurtkracht.map.tile-url:}") String tileUrl) {
		this.process = process;
		this.ideas = ideas;
		this.messages = messages;
		this.tileUrl = tileUrl;
	}

	@GetMapping("/buurtbudgetten/{id}/ideeen/nieuw")
	@PreAuthorize("hasRole('RESIDENT')")
	String initCreateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("round", Views.round(process, id));
		model.addAttribute("form", IdeaForm.empty());
		model.addAttribute("tileUrl", tileUrl);
		return "budgeting/idea-form";
	}

	@PostMapping("/buurtbudgetten/{id}/ideeen/nieuw")
	@PreAuthorize("hasRole('RESIDENT')")
	String processCreateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") IdeaForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		BudgetRound round = Views.round(process, id);
		if (form.hasPointHalf()) {
			result.rejectValue("latitude", "budgeting.idea.point.invalid", Views.text(messages, "budgeting.idea.point.invalid"));
		}
		Photo photo = result.hasErrors() ? null : PhotoUploads.check(form.photo(), result, messages);
		if (result.hasErrors()) {
			model.addAttribute("round", round);
			model.addAttribute("tileUrl", tileUrl);
			return "budgeting/idea-form";
		}
		ProjectId project = ideas.submit(me.id(), round.roundId(), form.draft(), photo);
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.idea.submitted"));
		return "redirect:/buurtbudgetten/" + id + "/ideeen/" + project;
	}

	@GetMapping("/buurtbudgetten/{id}/ideeen/{projectId}")
	@PreAuthorize("permitAll()")
	String showIdea(@PathVariable UUID id, @PathVariable UUID projectId,
			@AuthenticationPrincipal @Nullable Object principal, Model model) {
		Project project = Views.project(ideas, id, projectId);
		model.addAttribute("round", Views.round(process, id));
		model.addAttribute("project", project);
		model.addAttribute("comments", ideas.comments(project.projectId()));
		model.addAttribute("progress", ideas.progress(project.projectId()));
		model.addAttribute("following",
				principal instanceof AccountPrincipal me && ideas.follows(me.id(), project.projectId()));
		model.addAttribute("tileUrl", tileUrl);
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.empty());
		}
		return "budgeting/idea";
	}

	@PostMapping("/buurtbudgetten/{id}/ideeen/{projectId}/reacties")
	@PreAuthorize("hasRole('RESIDENT')")
	String processComment(@PathVariable UUID id, @PathVariable UUID projectId,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		Project project = Views.project(ideas, id, projectId);
		if (result.hasErrors()) {
			return showIdea(id, projectId, me, model);
		}
		ideas.comment(me.id(), project.projectId(), form.text());
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.comment.posted"));
		return "redirect:/buurtbudgetten/" + id + "/ideeen/" + projectId + "#reacties";
	}

	@PostMapping("/buurtbudgetten/{id}/ideeen/{projectId}/volgen")
	@PreAuthorize("hasRole('RESIDENT')")
	String processFollow(@PathVariable UUID id, @PathVariable UUID projectId, @RequestParam boolean follow,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		Project project = Views.project(ideas, id, projectId);
		ideas.follow(me.id(), project.projectId(), follow);
		redirect.addFlashAttribute("flash",
				Views.text(messages, follow ? "budgeting.follow.started" : "budgeting.follow.stopped"));
		return "redirect:/buurtbudgetten/" + id + "/ideeen/" + projectId;
	}

	@GetMapping("/buurtbudgetten/gevolgd")
	@PreAuthorize("hasRole('RESIDENT')")
	String listFollowed(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("projects", ideas.followedBy(me.id()));
		return "budgeting/followed";
	}

}
