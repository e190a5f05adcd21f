// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Verification at the spreekuur: the desk code the resident shows, their buurt and their date of birth as
 * read from an ID.
 */
record DeskForm(@NotBlank(message = "{budgeting.desk.code.required}") @Size(max = 40, message = "{budgeting.desk.code.required}") String deskCode,
		@NotBlank(message = "{budgeting.letters.neighbourhood.invalid}") @Size(max = 20, message = "{budgeting.letters.neighbourhood.invalid}") String neighbourhoodCode,
		@NotBlank(message = "{budgeting.verify.birthDate.required}") @Size(max = 20, message = "{budgeting.verify.birthDate.invalid}") String birthDate) {

	static DeskForm empty() {
		return new DeskForm("", "", "");
	}

}
