// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.Phase;
import nl.buurtkracht.budgeting.Residence;
import nl.buurtkracht.budgeting.ResidenceVerification;
import nl.buurtkracht.budgeting.SecretCode;
import nl.buurtkracht.budgeting.VerificationRefusedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident shows where they live: with the code from their letter, or with a desk code at a spreekuur.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class VerificationController {

	private final BudgetProcess process;

	private final ResidenceVerification verification;

	private final MessageSource messages;

	VerificationController(BudgetProcess process, ResidenceVerification verification, MessageSource messages) {
		this.process = process;
		this.verification = verification;
		this.messages = messages;
	}

	@GetMapping("/buurtbudgetten/{id}/verifieren")
	String initVerifyForm(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("round", Views.round(process, id));
		model.addAttribute("residence", verification.residenceOf(me.id()).orElse(null));
		model.addAttribute("form", VerifyForm.empty());
		return "budgeting/verify";
	}

	@PostMapping("/buurtbudgetten/{id}/verifieren")
	String processVerifyForm(@PathVariable UUID id, @Valid @ModelAttribute("form") VerifyForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal me, Model model,
			RedirectAttributes redirect) {
		BudgetRound round = Views.round(process, id);
		Optional<LocalDate> birthDate = BirthDates.parse(form.birthDate());
		if (!result.hasFieldErrors("birthDate") && birthDate.isEmpty()) {
			result.rejectValue("birthDate", "invalid", Views.text(messages, "budgeting.verify.birthDate.invalid"));
		}
		if (!result.hasErrors()) {
			try {
				Residence residence = verification.verifyWithLetterCode(me.id(), form.code(), birthDate.orElseThrow(),
						round.area());
				redirect.addFlashAttribute("flash",
						Views.text(messages, "budgeting.verify.done", residence.neighbourhoodCode()));
				return round.phase() == Phase.VOTING ? "redirect:/buurtbudgetten/" + id + "/stemmen"
						: "redirect:/buurtbudgetten/" + id;
			}
			catch (VerificationRefusedException ex) {
				String field = ex.reason().name().equals("IMPLAUSIBLE_BIRTH_DATE") ? "birthDate" : "code";
				result.rejectValue(field, ex.reason().name(),
						Views.text(messages, "budgeting.verify.refused." + ex.reason().name()));
			}
		}
		model.addAttribute("round", round);
		model.addAttribute("residence", verification.residenceOf(me.id()).orElse(null));
		return "budgeting/verify";
	}

	@GetMapping("/buurtbudgetten/verificatie")
	String showVerification(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("residence", verification.residenceOf(me.id()).orElse(null));
		return "budgeting/verification";
	}

	@PostMapping("/buurtbudgetten/verificatie/baliecode")
	String processDeskCode(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		SecretCode code = verification.issueDeskCode(me.id());
		redirect.addFlashAttribute("deskCode", code.formatted());
		return "redirect:/buurtbudgetten/verificatie";
	}

}
