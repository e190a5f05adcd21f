// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logius API Design Rules: every API answer names the full API version in an {@code API-Version} header.
 */
class ApiVersionHeaderFilter extends OncePerRequestFilter {

	static final String API_VERSION = "1.0.0";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("API-Version", API_VERSION);
		chain.doFilter(request, response);
	}

}
