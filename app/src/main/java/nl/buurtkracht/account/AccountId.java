// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies an account. Other modules store this id, never an e-mail address. Serializable because
 * it is part of the principal kept in the session table.
 */
public record AccountId(UUID value) implements Serializable {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	public static AccountId parse(String text) {
		return new AccountId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
