// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * A code was not accepted; nothing changed.
 */
public class VerificationRefusedException extends RuntimeException {

	private final VerificationRefusal reason;

	public VerificationRefusedException(VerificationRefusal reason) {
		super("verification refused: " + reason);
		this.reason = reason;
	}

	public VerificationRefusal reason() {
		return reason;
	}

}
