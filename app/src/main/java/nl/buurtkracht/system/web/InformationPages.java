// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages every public service needs: about, privacy statement, accessibility statement.
 */
@Controller
@PreAuthorize("permitAll()")
class InformationPages {

	@GetMapping("/over")
	String about() {
		return "system/about";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "system/accessibility";
	}

	@GetMapping("/geen-toegang")
	String accessDenied(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("kind", "403");
		return "error";
	}

}
