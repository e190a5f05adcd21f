// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.LocalDate;

/**
 * Who an official enters a paper ballot for: a resident with the letter code printed on their letter (no
 * account needed), or a verified resident who showed their desk code at the spreekuur.
 */
public sealed interface PaperVoter {

	/** The letter code, and the birth date the official read from an ID. */
	record WithLetterCode(String code, LocalDate birthDate) implements PaperVoter {
	}

	/** The desk code shown on the resident's screen. */
	record WithDeskCode(String code) implements PaperVoter {
	}

}
