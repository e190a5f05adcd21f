// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentViewerTests {

	private final CurrentViewer viewer = new CurrentViewer();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodyAndAnonymousAreAnonymous() {
		assertThat(viewer.isAnonymous()).isTrue();
		logIn(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(viewer.isAnonymous()).isTrue();
		assertThat(viewer.isAuthenticated()).isFalse();
		assertThat(viewer.isResident() || viewer.isOfficial() || viewer.isAdmin()).isFalse();
	}

	@Test
	void residentIsNoOfficial() {
		logIn(user("ROLE_RESIDENT"));
		assertThat(viewer.isAuthenticated()).isTrue();
		assertThat(viewer.isResident()).isTrue();
		assertThat(viewer.isOfficial()).isFalse();
		assertThat(viewer.isAdmin()).isFalse();
	}

	@Test
	void adminMayUseTheWorkspaceLikeAnOfficial() {
		logIn(user("ROLE_ADMIN"));
		assertThat(viewer.isOfficial()).isTrue();
		assertThat(viewer.isAdmin()).isTrue();
		logIn(user("ROLE_OFFICIAL"));
		assertThat(viewer.isOfficial()).isTrue();
		assertThat(viewer.isAdmin()).isFalse();
	}

	private static Authentication user(String... roles) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null, AuthorityUtils.createAuthorityList(List.of(roles)));
	}

	private static void logIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
