// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.UUID;

/**
 * Identifies an idea or project of a round.
 */
public record ProjectId(UUID value) {

	public static ProjectId random() {
		return new ProjectId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
