// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Why a letter code or desk code was not accepted. Residents read the reason, so they know what to do.
 */
public enum VerificationRefusal {

	/** No such code: probably a typing error. */
	UNKNOWN,
	/** The code's validity ended. */
	EXPIRED,
	/** The code was used before; each code works once. */
	ALREADY_USED,
	/** The code is for another buurt than the buurtbudget's area. */
	WRONG_AREA,
	/** The birth date cannot be right (in the future, or more than 120 years ago). */
	IMPLAUSIBLE_BIRTH_DATE,
	/** An official may only verify residents of their own gemeente. */
	OTHER_MUNICIPALITY

}
