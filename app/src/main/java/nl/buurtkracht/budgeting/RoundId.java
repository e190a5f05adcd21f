// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.UUID;

/**
 * Identifies a buurtbudget round.
 */
public record RoundId(UUID value) {

	public static RoundId random() {
		return new RoundId(UUID.randomUUID());
	}

	/** A key for PostgreSQL advisory locks that guard this round's ballot box. */
	long lockKey() {
		return value.getMostSignificantBits() ^ value.getLeastSignificantBits();
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
