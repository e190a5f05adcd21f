// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API is an RFC 9457 {@code application/problem+json} answer; never a stack trace.
 * Access problems are left to Spring Security, which answers 401 or 403 in the same format.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	@ExceptionHandler(InputRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(InputRejectedException ex, HttpServletRequest request) {
		return ResponseEntity.badRequest().body(invalidInput(ex.errors(), request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Er ging iets mis op de server. Probeer het later opnieuw.");
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.internalServerError().body(problem);
	}

	static ProblemDetail invalidInput(List<InputError> errors, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? "Ongeldige invoer." : errors.get(0).message());
		problem.setTitle("Ongeldige invoer");
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", errors);
		return problem;
	}

}
