// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch of letters with one-time codes for the addresses of one buurt.
 *
 * @param used how many of its codes have been used
 */
public record LetterBatch(UUID id, String neighbourhoodCode, Instant expiresAt, int letterCount, Instant createdAt,
		long used) {
}
