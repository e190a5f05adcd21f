// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.buurtkracht.account.Account;
import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.ApiTokens;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.system.Page;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: users and their roles, API tokens.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdministrationController {

	private static final int PAGE_SIZE = 25;

	private final AccountManagement accounts;

	private final ApiTokens tokens;

	private final MessageSource messages;

	AdministrationController(AccountManagement accounts, ApiTokens tokens, MessageSource messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/beheer")
	String showAdministration() {
		return "account/admin";
	}

	@GetMapping("/beheer/gebruikers")
	String listUsers(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		Page<Account> page = accounts.search(zoek, Math.max(0, pagina - 1), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("search", zoek);
		return "account/admin-users";
	}

	@GetMapping("/beheer/gebruikers/{id}")
	String showUser(@PathVariable UUID id, Model model) {
		Account account = load(id);
		model.addAttribute("account", account);
		model.addAttribute("allRoles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RolesForm(account.roles(), account.municipalityCode()));
		}
		return "account/admin-user";
	}

	@PostMapping("/beheer/gebruikers/{id}/rollen")
	String processRolesForm(@PathVariable UUID id, @Valid @ModelAttribute("form") RolesForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal me, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("account", load(id));
			model.addAttribute("allRoles", Role.values());
			return "account/admin-user";
		}
		accounts.assignRoles(me.id(), new AccountId(id), form.roles(), form.municipalityOrNull());
		redirect.addFlashAttribute("flash", text("account.admin.roles.saved"));
		return "redirect:/beheer/gebruikers/" + id;
	}

	@PostMapping("/beheer/gebruikers/{id}/status")
	String processStatus(@PathVariable UUID id, @RequestParam boolean enabled,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		if (me.id().value().equals(id)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Administrators cannot disable themselves");
		}
		accounts.setEnabled(me.id(), new AccountId(id), enabled);
		redirect.addFlashAttribute("flash", text(enabled ? "account.admin.enabled" : "account.admin.disabled"));
		return "redirect:/beheer/gebruikers/" + id;
	}

	@GetMapping("/beheer/tokens")
	String listTokens(Model model) {
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("allRoles", Arrays.asList(Role.values()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TokenForm.empty());
		}
		return "account/admin-tokens";
	}

	@PostMapping("/beheer/tokens")
	String processTokenForm(@Valid @ModelAttribute("form") TokenForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("tokens", tokens.all());
			model.addAttribute("allRoles", Arrays.asList(Role.values()));
			return "account/admin-tokens";
		}
		String secret = tokens.create(me.id(), form.name(), form.role(), form.municipalityOrNull());
		redirect.addFlashAttribute("newToken", secret);
		redirect.addFlashAttribute("flash", text("account.tokens.created"));
		return "redirect:/beheer/tokens";
	}

	@PostMapping("/beheer/tokens/{id}/intrekken")
	String revokeToken(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		tokens.revoke(me.id(), id);
		redirect.addFlashAttribute("flash", text("account.tokens.revoked"));
		return "redirect:/beheer/tokens";
	}

	private Account load(UUID id) {
		return accounts.find(new AccountId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
