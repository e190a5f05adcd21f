// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, as templates ask it: {@code th:if="${@viewer.official}"}. {@code sec:authorize} parsed
 * and evaluated a security expression for every element that carried it (a fifth of the rendering samples in a
 * profile under load); this reads the authorities directly. A bean rather than a model attribute, so that error pages
 * from exception handlers have it too. The server still checks every request; this only decides what a page shows.
 */
@Component("viewer")
public class CurrentViewer {

	public boolean isAuthenticated() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	public boolean isAnonymous() {
		return !isAuthenticated();
	}

	public boolean isResident() {
		return has("ROLE_RESIDENT");
	}

	/** Officials and administrators: both may use the workspace. */
	public boolean isOfficial() {
		return has("ROLE_OFFICIAL") || isAdmin();
	}

	public boolean isAdmin() {
		return has("ROLE_ADMIN");
	}

	private boolean has(String role) {
		if (!isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority authority : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
			if (role.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
