// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.buurtkracht.system.ApiTokenAuthenticator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by {@code Authorization: Bearer <token>}. An unknown token is refused
 * outright rather than treated as anonymous, so a client notices a revoked token at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final ApiTokenAuthenticator authenticator;

	private final ProblemResponses problems;

	BearerTokenFilter(ApiTokenAuthenticator authenticator, ProblemResponses problems) {
		this.authenticator = authenticator;
		this.problems = problems;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
		var authentication = authenticator.authenticate(token);
		if (authentication.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "Het API-token is onbekend of ingetrokken.");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authentication.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
