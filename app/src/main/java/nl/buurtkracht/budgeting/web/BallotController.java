// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.Ballot;
import nl.buurtkracht.budgeting.BallotBox;
import nl.buurtkracht.budgeting.BallotProblem;
import nl.buurtkracht.budgeting.BallotRejectedException;
import nl.buurtkracht.budgeting.BallotSheet;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.Choice;
import nl.buurtkracht.budgeting.Eligibility;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.SecretCode;
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
 * The ballot page: a resident chooses, sees the budget used while choosing (htmx, and without JavaScript on
 * submit), casts the ballot and gets a receipt; with the receipt the ballot can be changed until voting closes.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class BallotController {

	private final BudgetProcess process;

	private final BallotBox box;

	private final MessageSource messages;

	BallotController(BudgetProcess process, BallotBox box, MessageSource messages) {
		this.process = process;
		this.box = box;
		this.messages = messages;
	}

	@GetMapping("/buurtbudgetten/{id}/stemmen")
	String showBallot(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("eligibility", box.eligibility(me.id(), round));
		return ballotPage(round, List.of(), List.of(), null, model);
	}

	@PostMapping("/buurtbudgetten/{id}/stemmen")
	String processBallot(@PathVariable UUID id, @RequestParam(required = false) @Nullable String receipt,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		BallotSheet sheet = box.sheet(round);
		List<Choice> choices = BallotChoices.read(sheet, request.getParameterMap());
		try {
			if (receipt != null && !receipt.isBlank()) {
				box.changeOnline(me.id(), round, receipt, choices);
				redirect.addFlashAttribute("changed", true);
			}
			else {
				SecretCode code = box.castOnline(me.id(), round, choices);
				redirect.addFlashAttribute("receipt", code.formatted());
			}
			return "redirect:/buurtbudgetten/" + id + "/stemmen/opgeslagen";
		}
		catch (BallotRejectedException ex) {
			BudgetRound loaded = Views.round(process, id);
			model.addAttribute("eligibility", box.eligibility(me.id(), loaded));
			return ballotPage(loaded, choices, problems(ex.problems()), receipt, model);
		}
	}

	/** The budget-use panel for the choices so far (htmx, on every change of the form). */
	@PostMapping(value = "/buurtbudgetten/{id}/stemmen/budget", headers = "HX-Request")
	String showBudgetUse(@PathVariable UUID id, HttpServletRequest request, Model model) {
		BallotSheet sheet = box.sheet(new RoundId(id));
		List<Choice> choices = BallotChoices.read(sheet, request.getParameterMap());
		addUse(sheet, choices, model);
		model.addAttribute("live", problems(sheet.problems(choices)));
		return "budgeting/ballot :: budgetUse";
	}

	@GetMapping("/buurtbudgetten/{id}/stemmen/opgeslagen")
	String showConfirmation(@PathVariable UUID id, Model model) {
		model.addAttribute("round", Views.round(process, id));
		return "budgeting/voted";
	}

	@GetMapping("/buurtbudgetten/{id}/stem-wijzigen")
	String initChangeForm(@PathVariable UUID id, Model model) {
		model.addAttribute("round", Views.round(process, id));
		return "budgeting/change";
	}

	@PostMapping("/buurtbudgetten/{id}/stem-wijzigen")
	String processChangeForm(@PathVariable UUID id, @RequestParam String receipt,
			@AuthenticationPrincipal AccountPrincipal me, Model model) {
		BudgetRound round = Views.round(process, id);
		Eligibility eligibility = box.eligibility(me.id(), round.roundId());
		Optional<Ballot> ballot = eligibility == Eligibility.VOTED_ONLINE
				? box.ballotWithReceipt(round.roundId(), receipt) : Optional.empty();
		if (ballot.isEmpty()) {
			model.addAttribute("round", round);
			model.addAttribute("error", Views.text(messages, eligibility == Eligibility.VOTED_ONLINE
					? "budgeting.ballot.error.receipt.unknown" : "budgeting.ballot.error.eligibility." + eligibility));
			return "budgeting/change";
		}
		model.addAttribute("eligibility", Eligibility.CAN_VOTE);
		return ballotPage(round, ballot.get().choices(), List.of(), receipt, model);
	}

	private String ballotPage(BudgetRound round, List<Choice> choices, List<String> errors, @Nullable String receipt,
			Model model) {
		BallotSheet sheet = box.sheet(round.roundId());
		model.addAttribute("round", round);
		model.addAttribute("sheet", sheet);
		model.addAttribute("chosen", choices.stream().collect(Collectors.toMap(Choice::projectNumber,
				Choice::points)));
		model.addAttribute("errors", errors);
		model.addAttribute("receipt", receipt);
		model.addAttribute("live", List.of());
		addUse(sheet, choices, model);
		return "budgeting/ballot";
	}

	private static void addUse(BallotSheet sheet, List<Choice> choices, Model model) {
		model.addAttribute("used", sheet.cost(choices).cents());
		model.addAttribute("count", choices.size());
		model.addAttribute("pointsUsed", choices.stream().mapToInt(Choice::points).sum());
		model.addAttribute("rules", sheet.rules());
		model.addAttribute("budget", sheet.budget().cents());
	}

	private List<String> problems(List<BallotProblem> problems) {
		return problems.stream()
			.map(problem -> Views.text(messages, problem.key(), problem.arguments().toArray()))
			.distinct()
			.toList();
	}

}
