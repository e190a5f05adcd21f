// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Something was asked of a round or project that its current phase or state does not allow.
 */
public class IllegalPhaseException extends RuntimeException {

	public IllegalPhaseException(String message) {
		super(message);
	}

}
