// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.buurtkracht.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A new API token: a name that says which client uses it, the role it acts with, and the gemeente.
 */
record TokenForm(@NotBlank(message = "{account.tokens.name.required}") @Size(max = 100, message = "{account.tokens.name.required}") String name,
		@NotNull(message = "{account.tokens.role.required}") @Nullable Role role,
		@Pattern(regexp = "^$|^GM[0-9]{4}$", message = "{account.admin.municipality.invalid}") @Nullable String municipalityCode) {

	static TokenForm empty() {
		return new TokenForm("", Role.ADMIN, "");
	}

	@AssertTrue(message = "{account.admin.municipality.required}")
	boolean isMunicipalityGivenWhereNeeded() {
		return role == null || !role.isScopedToMunicipality() || (municipalityCode != null && !municipalityCode.isBlank());
	}

	@Nullable
	String municipalityOrNull() {
		return municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
	}

}
