// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice, with the token from the reset mail.
 */
record NewPasswordForm(String token,
		@NotBlank(message = "{account.password.required}") @Size(min = 10, max = 128, message = "{account.password.size}") String password,
		String passwordConfirmation) {

	@AssertTrue(message = "{account.password.mismatch}")
	boolean isPasswordConfirmed() {
		return password == null || password.equals(passwordConfirmation);
	}

}
