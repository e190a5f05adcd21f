// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.account.Account;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.Paging;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
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

	private static final int NEIGHBOURHOODS_PER_PAGE = 20;

	private final MessageSource messages;

	private final AreaCatalogue areas;

	ProfileController(AccountManagement accounts, JsonMapper json, MessageSource messages, AreaCatalogue areas) {
		this.accounts = accounts;
		this.areas = areas;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/profiel")
	String showProfile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Account account = accounts.find(me.id()).orElseThrow();
		model.addAttribute("account", account);
		Optional.ofNullable(account.homeNeighbourhoodCode())
			.flatMap(AreaCode::parse)
			.flatMap(code -> areas.find(code, null))
			.ifPresent(buurt -> {
				model.addAttribute("homeNeighbourhood", buurt);
				model.addAttribute("homeAncestors", areas.ancestors(buurt));
			});
		return "account/profile";
	}

	@GetMapping("/profiel/buurt")
	String initNeighbourhoodForm(@RequestParam(defaultValue = "") String zoek,
			@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("search", zoek);
		if (!zoek.isBlank()) {
			model.addAttribute("results",
					areas.search(zoek, AreaLevel.NEIGHBOURHOOD, new Paging(Math.max(1, pagina), NEIGHBOURHOODS_PER_PAGE)));
		}
		return "account/neighbourhood";
	}

	@PostMapping("/profiel/buurt")
	String processNeighbourhoodForm(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String code,
			RedirectAttributes redirect) {
		AreaCode buurt = AreaCode.parse(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not an area code"));
		try {
			accounts.chooseHomeNeighbourhood(me.id(), buurt);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a known buurt", ex);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("account.neighbourhood.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/profiel";
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
