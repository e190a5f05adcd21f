// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors outside controllers (unknown paths, filters, the container): an HTML page in the user's
 * language for people, problem+json for the API.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize("permitAll()")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("kind", kind(status));
		return "error";
	}

	@RequestMapping("/error")
	@PreAuthorize("permitAll()")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setDetail(switch (status) {
			case NOT_FOUND -> "Deze bron bestaat niet.";
			case METHOD_NOT_ALLOWED -> "Deze methode is hier niet toegestaan.";
			case UNAUTHORIZED -> "Log in of gebruik een geldig API-token.";
			case FORBIDDEN -> "Je hebt geen toegang tot deze gegevens of actie.";
			case PAYLOAD_TOO_LARGE -> "Het bestand is te groot.";
			default -> status.is4xxClientError() ? "Het verzoek is niet geldig." : "Er ging iets mis op de server.";
		});
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error/problem")
	@PreAuthorize("permitAll()")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
		return problem(request);
	}

	/** The error pages have their own text for the common cases and a general one for the rest. */
	static String kind(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE -> String.valueOf(status.value());
			default -> status.is4xxClientError() ? "400" : "500";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
