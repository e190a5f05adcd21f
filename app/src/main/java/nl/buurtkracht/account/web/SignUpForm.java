// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a resident fills in to create an account.
 */
record SignUpForm(
		@NotBlank(message = "{account.signup.displayName.required}") @Size(max = 100, message = "{account.signup.displayName.size}") String displayName,
		@NotBlank(message = "{account.signup.email.required}") @Email(message = "{account.signup.email.invalid}") @Size(max = 254, message = "{account.signup.email.invalid}") String email,
		@NotBlank(message = "{account.password.required}") @Size(min = 10, max = 128, message = "{account.password.size}") String password,
		String passwordConfirmation) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "");
	}

	@AssertTrue(message = "{account.password.mismatch}")
	boolean isPasswordConfirmed() {
		return password == null || password.equals(passwordConfirmation);
	}

}
