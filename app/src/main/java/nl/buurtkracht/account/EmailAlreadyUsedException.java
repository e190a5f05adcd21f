// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

/**
 * Someone tried to sign up with an e-mail address that already has an account.
 */
public class EmailAlreadyUsedException extends RuntimeException {

	public EmailAlreadyUsedException() {
		super("e-mail address already in use");
	}

}
