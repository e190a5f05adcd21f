// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.UUID;

/**
 * Identifies a background job.
 */
public record JobId(UUID value) {

	public static JobId random() {
		return new JobId(UUID.randomUUID());
	}

	public static JobId parse(String text) {
		return new JobId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
