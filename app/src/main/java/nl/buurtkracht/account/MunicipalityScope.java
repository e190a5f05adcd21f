// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Answers "may this person act for this gemeente?" in {@code @PreAuthorize} expressions, for example
 * {@code @PreAuthorize("@municipalityScope.covers(authentication, #code, 'OFFICIAL')")}. Administrators
 * act everywhere; officials and council members only in their own gemeente.
 */
@Component("municipalityScope")
public class MunicipalityScope {

	public boolean covers(@Nullable Authentication authentication, @Nullable String municipalityCode, String role) {
		if (authentication == null || !authentication.isAuthenticated() || municipalityCode == null) {
			return false;
		}
		Role asked = Role.valueOf(role);
		if (hasAuthority(authentication, Role.ADMIN)) {
			return true;
		}
		return hasAuthority(authentication, asked) && municipalityOf(authentication)
			.filter(own -> own.equalsIgnoreCase(municipalityCode))
			.isPresent();
	}

	/** The gemeente the person (or API token) acts for, if any. */
	public Optional<String> municipalityOf(@Nullable Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof AccountPrincipal person) {
			return Optional.ofNullable(person.municipalityCode());
		}
		if (principal instanceof ApiTokens.ApiClient client) {
			return Optional.ofNullable(client.municipalityCode());
		}
		return Optional.empty();
	}

	private static boolean hasAuthority(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
	}

}
