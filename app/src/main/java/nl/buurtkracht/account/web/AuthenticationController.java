// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.Valid;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.EmailAlreadyUsedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging in and creating an account.
 */
@Controller
class AuthenticationController {

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final boolean demo;

	AuthenticationController(AccountManagement accounts, MessageSource messages,
			@Value("${buurtkracht.demo.enabled}") boolean demo) {
		this.accounts = accounts;
		this.messages = messages;
		this.demo = demo;
	}

	@GetMapping("/inloggen")
	@PreAuthorize("permitAll()")
	String showLogin(Model model) {
		model.addAttribute("demo", demo);
		return "account/login";
	}

	@GetMapping("/registreren")
	@PreAuthorize("isAnonymous()")
	String initCreateForm(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "account/signup";
	}

	@PostMapping("/registreren")
	@PreAuthorize("isAnonymous()")
	String processCreateForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/signup";
		}
		try {
			accounts.signUp(form.email(), form.displayName(), form.password());
		}
		catch (EmailAlreadyUsedException ex) {
			result.rejectValue("email", "account.signup.email.taken",
					messages.getMessage("account.signup.email.taken", null, LocaleContextHolder.getLocale()));
			return "account/signup";
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("account.signup.done", null, LocaleContextHolder.getLocale()));
		return "redirect:/inloggen";
	}

}
