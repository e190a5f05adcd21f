// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * How a resident showed they live in the buurt.
 */
public enum VerificationMethod {

	/** With the one-time code from a letter sent to their address. */
	LETTER_CODE,
	/** At a spreekuur, by an official who checked an ID. */
	IN_PERSON

}
