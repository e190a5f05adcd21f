// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The e-mail address of someone who forgot their password.
 */
record ForgotPasswordForm(@NotBlank(message = "{account.signup.email.required}") @Email(message = "{account.signup.email.invalid}") String email) {
}
