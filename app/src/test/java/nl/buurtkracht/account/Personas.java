// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Test data: a fresh account per call, with the given role, for any module's tests. Use the returned
 * principal with {@code SecurityMockMvcRequestPostProcessors.user(principal)}.
 */
public final class Personas {

	public static final String PASSWORD = "een lang wachtwoord";

	private Personas() {
	}

	public static AccountPrincipal create(AccountManagement accounts, Role role, @Nullable String municipality) {
		return create(accounts, EnumSet.of(role), municipality);
	}

	public static AccountPrincipal create(AccountManagement accounts, Set<Role> roles, @Nullable String municipality) {
		String email = "persona-" + UUID.randomUUID() + "@test.buurtkracht.nl";
		AccountId id = accounts.signUp(email, "Persona " + roles, PASSWORD);
		if (!roles.equals(EnumSet.of(Role.RESIDENT))) {
			accounts.assignRoles(id, id, roles, roles.stream().anyMatch(Role::isScopedToMunicipality) ? municipality : null);
		}
		return principal(accounts, id);
	}

	public static AccountPrincipal principal(AccountManagement accounts, AccountId id) {
		return new AccountPrincipal(accounts.find(id).orElseThrow());
	}

	public static String emailOf(AccountManagement accounts, AccountPrincipal principal) {
		return accounts.find(principal.id()).orElseThrow().email();
	}

}
