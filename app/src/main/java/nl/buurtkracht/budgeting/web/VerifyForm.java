// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The code from the letter, and the resident's date of birth (to check the minimum age).
 */
record VerifyForm(@NotBlank(message = "{budgeting.verify.code.required}") @Size(max = 40, message = "{budgeting.verify.code.required}") String code,
		@NotBlank(message = "{budgeting.verify.birthDate.required}") @Size(max = 20, message = "{budgeting.verify.birthDate.invalid}") String birthDate) {

	static VerifyForm empty() {
		return new VerifyForm("", "");
	}

}
