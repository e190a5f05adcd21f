// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTests {

	private final Account account = Account.signUp("  Anna@Example.NL ", " Anna ", "hash", Instant.EPOCH);

	@Test
	void startsAsAResidentWithANormalisedEmail() {
		assertThat(account.roles()).containsExactly(Role.RESIDENT);
		assertThat(account.email()).isEqualTo("anna@example.nl");
		assertThat(account.displayName()).isEqualTo("Anna");
		assertThat(account.isEnabled()).isTrue();
	}

	@Test
	void officialsNeedAMunicipality() {
		assertThatIllegalArgumentException().isThrownBy(() -> account.assignRoles(EnumSet.of(Role.OFFICIAL), null));
		assertThatIllegalArgumentException().isThrownBy(() -> account.assignRoles(EnumSet.of(Role.COUNCIL), " "));
	}

	@Test
	void dropsTheMunicipalityWhenNoScopedRoleRemains() {
		account.assignRoles(EnumSet.of(Role.OFFICIAL, Role.RESIDENT), "GM0363");
		assertThat(account.municipalityCode()).isEqualTo("GM0363");

		account.assignRoles(EnumSet.of(Role.RESIDENT), "GM0363");

		assertThat(account.municipalityCode()).isNull();
	}

	@Test
	void needsAtLeastOneRole() {
		assertThatIllegalArgumentException().isThrownBy(() -> account.assignRoles(Set.of(), null));
	}

	@Test
	void principalIsNamedByIdNotByEmail() {
		AccountPrincipal principal = new AccountPrincipal(account);

		assertThat(principal.getUsername()).isEqualTo(account.id().toString()).doesNotContain("@");
		assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RESIDENT");
	}

	@Test
	void secretTokensAreKeptOnlyAsHashes() {
		SecretToken token = SecretToken.generate("bk_");

		assertThat(token.plain()).startsWith("bk_").hasSize(3 + 43);
		assertThat(token.hash()).hasSize(64).isEqualTo(SecretToken.hash(token.plain())).doesNotContain(token.plain());
		assertThat(SecretToken.generate("bk_").plain()).isNotEqualTo(token.plain());
	}

}
