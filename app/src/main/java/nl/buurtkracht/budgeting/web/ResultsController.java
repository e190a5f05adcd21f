// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.CountingRules;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.IllegalPhaseException;
import nl.buurtkracht.budgeting.Phase;
import nl.buurtkracht.budgeting.Project;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.Tally;
import nl.buurtkracht.budgeting.UnknownRoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The results: winners, money used, votes per project with a chart and a table, the plain-language
 * explanation of every project's fate, and the anonymised ballots as open data with their SHA-256.
 */
@Controller
class ResultsController {

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final Tally tally;

	private final MessageSource messages;

	ResultsController(BudgetProcess process, IdeaBox ideas, Tally tally, MessageSource messages) {
		this.process = process;
		this.ideas = ideas;
		this.tally = tally;
		this.messages = messages;
	}

	@GetMapping("/buurtbudgetten/{id}/uitslag")
	@PreAuthorize("permitAll()")
	String showResults(@PathVariable UUID id, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("round", round);
		model.addAttribute("outcome", tally.outcome(round.roundId()).orElse(null));
		model.addAttribute("ruleKey", CountingRules.family(round.rule()));
		model.addAttribute("projects", ideas.ideas(round.roundId()).stream()
			.collect(Collectors.toMap(Project::number, Function.identity())));
		return "budgeting/results";
	}

	@GetMapping(value = "/buurtbudgetten/{id}/uitslag/stemmen.pb", produces = "text/csv")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> downloadBallots(@PathVariable UUID id) {
		byte[] file = tally.pabulibFile(new RoundId(id)).orElseThrow(() -> new UnknownRoundException(id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("buurtbudget-" + id + ".pb").build().toString())
			.body(file);
	}

	@PostMapping("/werkplek/buurtbudgetten/{id}/telling")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String processRecount(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		BudgetRound round = Views.round(process, id);
		if (!round.phase().isAtLeast(Phase.RESULTS)) {
			throw new IllegalPhaseException("Voting has not closed");
		}
		tally.requestCount(round.roundId(), me.id());
		redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.manage.recount.started"));
		return "redirect:/werkplek/buurtbudgetten/" + id;
	}

	@GetMapping(value = "/werkplek/buurtbudgetten/{id}/telling", headers = "HX-Request")
	@PreAuthorize("@roundScope.covers(authentication, #id, 'OFFICIAL')")
	String showCountProgress(@PathVariable UUID id, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("round", round);
		model.addAttribute("job", tally.job(round.roundId()).orElse(null));
		return "budgeting/count :: progress";
	}

}
