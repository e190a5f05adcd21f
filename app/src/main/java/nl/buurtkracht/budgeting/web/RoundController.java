// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Photo;
import nl.buurtkracht.budgeting.UnknownRoundException;
import nl.buurtkracht.system.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the buurtbudget: the overview of rounds, a round with its ideas, and photos.
 */
@Controller
@PreAuthorize("permitAll()")
class RoundController {

	private static final int PAGE_SIZE = 20;

	private final BudgetProcess process;

	private final IdeaBox ideas;

	private final MunicipalityFilter filter;

	RoundController(BudgetProcess process, IdeaBox ideas, MunicipalityFilter filter) {
		this.process = process;
		this.ideas = ideas;
		this.filter = filter;
	}

	@GetMapping("/buurtbudgetten")
	String listRounds(@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		MunicipalityFilter.Choice choice = filter.resolve(gemeente);
		Page<BudgetRound> page = choice.candidates().isEmpty() && !choice.unknown()
				? process.overview(choice.code(), Math.max(0, pagina - 1), PAGE_SIZE) : new Page<>(List.of(), 0, PAGE_SIZE, 0);
		model.addAttribute("page", page);
		model.addAttribute("municipality", gemeente);
		model.addAttribute("choice", choice);
		return "budgeting/rounds";
	}

	@GetMapping("/buurtbudgetten/{id}")
	String showRound(@PathVariable UUID id, Model model) {
		BudgetRound round = Views.round(process, id);
		model.addAttribute("round", round);
		model.addAttribute("ideas", ideas.ideas(round.roundId()));
		return "budgeting/round";
	}

	@GetMapping("/buurtbudgetten/fotos/{id}")
	ResponseEntity<byte[]> showPhoto(@PathVariable UUID id) {
		Photo photo = ideas.photo(id).orElseThrow(() -> new UnknownRoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
			.body(photo.content());
	}

}
