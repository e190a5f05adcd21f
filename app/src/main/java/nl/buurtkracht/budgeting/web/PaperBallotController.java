// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.BallotBox;
import nl.buurtkracht.budgeting.BallotRejectedException;
import nl.buurtkracht.budgeting.BallotSheet;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.Choice;
import nl.buurtkracht.budgeting.PaperVoter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An official enters a paper ballot, or votes together with a resident at the desk (assisted voting). The
 * resident is identified by the code on their letter or by their desk code; the channel is recorded.
 */
@Controller
@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
class PaperBallotController {

	private final BudgetProcess process;

	private final BallotBox box;

	private final MessageSource messages;

	PaperBallotController(BudgetProcess process, BallotBox box, MessageSource messages) {
		this.process = process;
		this.box = box;
		this.messages = messages;
	}

	@GetMapping("/werkplek/buurtbudgetten/{id}/papieren-stem")
	String initPaperBallot(@PathVariable UUID id, Model model) {
		return page(Views.round(process, id), List.of(), List.of(), "letter", "", "", model);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/papieren-stem")
	String processPaperBallot(@PathVariable UUID id, @RequestParam(defaultValue = "letter") String identifiedBy,
			@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String birthDate,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		BudgetRound round = Views.round(process, id);
		BallotSheet sheet = box.sheet(round.roundId());
		List<Choice> choices = BallotChoices.read(sheet, request.getParameterMap());
		PaperVoter voter = voter(identifiedBy, code, birthDate);
		if (voter == null) {
			return page(round, choices, List.of(Views.text(messages, "budgeting.paper.voter.missing")), identifiedBy,
					code, birthDate, model);
		}
		try {
			box.castOnPaper(me.id(), round.roundId(), voter, choices);
		}
		catch (BallotRejectedException ex) {
			List<String> errors = ex.problems().stream()
				.map(problem -> Views.text(messages, problem.key(), problem.arguments().toArray()))
				.toList();
			return page(round, choices, errors, identifiedBy, code, birthDate, model);
		}
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.paper.saved"));
		return "redirect:/werkplek/buurtbudgetten/" + id + "/papieren-stem";
	}

	private static @Nullable PaperVoter voter(String identifiedBy, String code, String birthDate) {
		if (code.isBlank()) {
			return null;
		}
		if (identifiedBy.equals("desk")) {
			return new PaperVoter.WithDeskCode(code);
		}
		Optional<LocalDate> born = BirthDates.parse(birthDate);
		return born.<PaperVoter>map(date -> new PaperVoter.WithLetterCode(code, date)).orElse(null);
	}

	private String page(BudgetRound round, List<Choice> choices, List<String> errors, String identifiedBy, String code,
			String birthDate, Model model) {
		BallotSheet sheet = box.sheet(round.roundId());
		model.addAttribute("round", round);
		model.addAttribute("sheet", sheet);
		model.addAttribute("rules", sheet.rules());
		model.addAttribute("budget", sheet.budget().cents());
		model.addAttribute("chosen", choices.stream().collect(Collectors.toMap(Choice::projectNumber, Choice::points)));
		model.addAttribute("errors", errors);
		model.addAttribute("identifiedBy", identifiedBy);
		model.addAttribute("code", code);
		model.addAttribute("birthDate", birthDate);
		model.addAttribute("turnout", box.turnout(round.roundId()));
		return "budgeting/paper";
	}

}
