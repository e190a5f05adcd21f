// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own profile: name, home buurt, roles, and the GDPR rights to download and delete.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal instanceof T(nl.buurtkracht.account.AccountPrincipal)")
class ProfileController {

	private final AccountManagement accounts;

	private final JsonMapper json;

	private final MessageSource messages;

	ProfileController(AccountManagement accounts, JsonMapper json, MessageSource messages) {
		this.accounts = accounts;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/profiel")
	String showProfile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("account", accounts.find(me.id()).orElseThrow());
		return "account/profile";
	}

	@GetMapping(value = "/profiel/mijn-gegevens", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> downloadPersonalData(@AuthenticationPrincipal AccountPrincipal me) {
		Map<String, Object> data = accounts.personalData(me.id());
		String body = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(data);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mijn-gegevens-buurtkracht.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@GetMapping("/profiel/verwijderen")
	String initDeleteForm() {
		return "account/delete";
	}

	@PostMapping("/profiel/verwijderen")
	String processDeleteForm(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String password,
			HttpServletRequest request, Model model, RedirectAttributes redirect) throws ServletException {
		if (!accounts.delete(me.id(), password)) {
			model.addAttribute("wrongPassword", true);
			return "account/delete";
		}
		request.logout();
		redirect.addFlashAttribute("flash",
				messages.getMessage("account.delete.done", null, LocaleContextHolder.getLocale()));
		return "redirect:/";
	}

}
