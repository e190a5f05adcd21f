// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import nl.buurtkracht.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * The roles an administrator grants, and the gemeente officials and council members act for.
 */
record RolesForm(@NotEmpty(message = "{account.admin.roles.required}") @Nullable Set<Role> roles,
		@Pattern(regexp = "^$|^GM[0-9]{4}$", message = "{account.admin.municipality.invalid}") @Nullable String municipalityCode) {

	@AssertTrue(message = "{account.admin.municipality.required}")
	boolean isMunicipalityGivenWhereNeeded() {
		boolean scoped = roles != null && roles.stream().anyMatch(Role::isScopedToMunicipality);
		return !scoped || (municipalityCode != null && !municipalityCode.isBlank());
	}

	@Nullable
	String municipalityOrNull() {
		return municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
	}

}
