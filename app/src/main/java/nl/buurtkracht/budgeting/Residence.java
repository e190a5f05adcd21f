// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A verified resident of a buurt: the voter identity of the ballot box. It belongs to an account, or to
 * nobody when a letter code was used on a paper ballot.
 *
 * @param birthDate as the resident stated it (letter code) or as the official read it from an ID (in person)
 * @param verifiedBy the official who verified in person or entered the paper ballot, else {@code null}
 */
public record Residence(UUID id, @Nullable UUID accountId, String neighbourhoodCode, VerificationMethod method,
		LocalDate birthDate, @Nullable UUID verifiedBy, Instant verifiedAt) {
}
