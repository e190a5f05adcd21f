// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.stream.Stream;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role is refused what it may not do in the account module; anonymous visitors are sent to log in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	static Stream<Arguments> nonAdministratorsOnAdminPages() {
		Stream<Role> roles = Stream.of(Role.RESIDENT, Role.OFFICIAL, Role.INSTITUTION, Role.COUNCIL);
		return roles.flatMap(role -> Stream.of("/beheer", "/beheer/gebruikers", "/beheer/tokens")
			.map(path -> Arguments.of(role, path)));
	}

	@ParameterizedTest(name = "{0} may not open {1}")
	@MethodSource("nonAdministratorsOnAdminPages")
	void refusesAdminPagesToOtherRoles(Role role, String path) throws Exception {
		AccountPrincipal person = Personas.create(accounts, role, "GM0363");

		mvc.perform(get(path).with(user(person))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0} may not create API tokens")
	@MethodSource("roles")
	void refusesTokenCreationToOtherRoles(Role role) throws Exception {
		AccountPrincipal person = Personas.create(accounts, role, "GM0363");

		mvc.perform(post("/beheer/tokens").with(user(person)).with(csrf()).param("name", "x").param("role", "ADMIN"))
			.andExpect(status().isForbidden());
	}

	static Stream<Role> roles() {
		return Stream.of(Role.RESIDENT, Role.OFFICIAL, Role.INSTITUTION, Role.COUNCIL);
	}

	@ParameterizedTest(name = "anonymous visitors are sent to log in for {0}")
	@MethodSource("personalPages")
	void sendsAnonymousVisitorsToLogIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(redirectedUrl("/inloggen"));
	}

	static Stream<String> personalPages() {
		return Stream.of("/profiel", "/profiel/mijn-gegevens", "/profiel/verwijderen", "/beheer", "/beheer/tokens");
	}

	@ParameterizedTest(name = "logged-in people cannot sign up again")
	@MethodSource("roles")
	void refusesSignUpToLoggedInPeople(Role role) throws Exception {
		AccountPrincipal person = Personas.create(accounts, role, "GM0363");

		mvc.perform(get("/registreren").with(user(person))).andExpect(status().isForbidden());
	}

}
