// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.Valid;
import nl.buurtkracht.account.PasswordResets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Wachtwoord vergeten": ask for a link by e-mail, then choose a new password.
 */
@Controller
@PreAuthorize("permitAll()")
class PasswordResetController {

	private final PasswordResets resets;

	private final MessageSource messages;

	PasswordResetController(PasswordResets resets, MessageSource messages) {
		this.resets = resets;
		this.messages = messages;
	}

	@GetMapping("/wachtwoord-vergeten")
	String initRequestForm(Model model) {
		model.addAttribute("form", new ForgotPasswordForm(""));
		return "account/forgot-password";
	}

	@PostMapping("/wachtwoord-vergeten")
	String processRequestForm(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/forgot-password";
		}
		resets.request(form.email(), LocaleContextHolder.getLocale());
		redirect.addFlashAttribute("flash", text("account.forgot.sent"));
		return "redirect:/wachtwoord-vergeten";
	}

	@GetMapping("/wachtwoord-herstellen")
	String initResetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("valid", resets.isValid(token));
		model.addAttribute("form", new NewPasswordForm(token, "", ""));
		return "account/reset-password";
	}

	@PostMapping("/wachtwoord-herstellen")
	String processResetForm(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("valid", true);
			return "account/reset-password";
		}
		if (!resets.reset(form.token(), form.password())) {
			model.addAttribute("valid", false);
			return "account/reset-password";
		}
		redirect.addFlashAttribute("flash", text("account.reset.done"));
		return "redirect:/inloggen";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
