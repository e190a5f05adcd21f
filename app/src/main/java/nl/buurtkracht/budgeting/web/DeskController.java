// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.MunicipalityScope;
import nl.buurtkracht.budgeting.IssuedLetters;
import nl.buurtkracht.budgeting.PhaseSchedule;
import nl.buurtkracht.budgeting.Residence;
import nl.buurtkracht.budgeting.ResidenceVerification;
import nl.buurtkracht.budgeting.RoundArea;
import nl.buurtkracht.budgeting.VerificationRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official's desk: letters with one-time codes for the addresses of a buurt (as a PDF), and verifying
 * residents in person at the spreekuur. Only for buurten of the official's own gemeente.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
class DeskController {

	private final ResidenceVerification verification;

	private final LetterPrinter printer;

	private final MunicipalityScope scope;

	private final MessageSource messages;

	private final Clock clock;

	DeskController(ResidenceVerification verification, LetterPrinter printer, MunicipalityScope scope,
			MessageSource messages, Clock clock) {
		this.verification = verification;
		this.printer = printer;
		this.scope = scope;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/werkplek/stemcodes")
	String initLettersForm(Authentication authentication, Model model) {
		model.addAttribute("form", LettersForm.proposal(today()));
		return lettersPage(authentication, model);
	}

	/** Generates the codes and answers with the PDF at once: the plain codes exist nowhere else. */
	@PostMapping("/werkplek/stemcodes")
	ModelAndView processLettersForm(@Valid @ModelAttribute("form") LettersForm form, BindingResult result,
			Authentication authentication, @AuthenticationPrincipal AccountPrincipal me, HttpServletResponse response,
			Model model) throws IOException {
		String buurt = form.neighbourhood();
		if (!RoundArea.isNeighbourhood(buurt)) {
			result.rejectValue("neighbourhoodCode", "invalid", Views.text(messages, "budgeting.letters.neighbourhood.invalid"));
		}
		else if (!scope.covers(authentication, RoundArea.municipalityOf(buurt), "OFFICIAL")) {
			result.rejectValue("neighbourhoodCode", "scope", Views.text(messages, "budgeting.form.areaCodes.scope"));
		}
		if (form.addressBlocks().isEmpty() && form.count() == null) {
			result.rejectValue("count", "required", Views.text(messages, "budgeting.letters.count.range"));
		}
		if (form.addressBlocks().size() > ResidenceVerification.MAX_LETTERS) {
			result.rejectValue("addresses", "size", Views.text(messages, "budgeting.letters.addresses.size"));
		}
		if (form.lastValidDay() != null && form.lastValidDay().isBefore(today())) {
			result.rejectValue("lastValidDay", "past", Views.text(messages, "budgeting.letters.lastValidDay.past"));
		}
		if (result.hasErrors()) {
			return new ModelAndView(lettersPage(authentication, model), model.asMap());
		}
		IssuedLetters issued = verification.issueLetters(me.id(), buurt, form.addressBlocks(),
				form.count() == null ? 0 : form.count(), form.lastValidDay());
		byte[] pdf = printer.print(issued);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("stemcodes-" + buurt + ".pdf").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
		return null;
	}

	private String lettersPage(Authentication authentication, Model model) {
		model.addAttribute("batches",
				scope.municipalityOf(authentication).map(verification::batchesIn).orElse(List.of()));
		return "budgeting/letters";
	}

	@GetMapping("/werkplek/spreekuur")
	String initDeskForm(Model model) {
		model.addAttribute("form", DeskForm.empty());
		return "budgeting/desk";
	}

	@PostMapping("/werkplek/spreekuur")
	String processDeskForm(@Valid @ModelAttribute("form") DeskForm form, BindingResult result,
			Authentication authentication, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		Optional<LocalDate> birthDate = BirthDates.parse(form.birthDate());
		if (!result.hasFieldErrors("birthDate") && birthDate.isEmpty()) {
			result.rejectValue("birthDate", "invalid", Views.text(messages, "budgeting.verify.birthDate.invalid"));
		}
		String buurt = form.neighbourhoodCode().strip().toUpperCase(Locale.ROOT);
		if (!result.hasFieldErrors("neighbourhoodCode") && (!RoundArea.isNeighbourhood(buurt)
				|| !scope.covers(authentication, RoundArea.municipalityOf(buurt), "OFFICIAL"))) {
			result.rejectValue("neighbourhoodCode", "scope", Views.text(messages, "budgeting.desk.neighbourhood.scope"));
		}
		if (!result.hasErrors()) {
			try {
				Residence residence = verification.verifyInPerson(me.id(), RoundArea.municipalityOf(buurt),
						form.deskCode(), buurt, birthDate.orElseThrow());
				redirect.addFlashAttribute("flash", Views.text(messages, "budgeting.desk.done", residence.neighbourhoodCode()));
				return "redirect:/werkplek/spreekuur";
			}
			catch (VerificationRefusedException ex) {
				String field = ex.reason().name().equals("IMPLAUSIBLE_BIRTH_DATE") ? "birthDate" : "deskCode";
				result.rejectValue(field, ex.reason().name(),
						Views.text(messages, "budgeting.desk.refused." + ex.reason().name()));
			}
		}
		return "budgeting/desk";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PhaseSchedule.AMSTERDAM));
	}

}
