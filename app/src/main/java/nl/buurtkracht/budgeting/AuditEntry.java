// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a round's audit trail.
 *
 * @param actorId the account that made the change, or {@code null} for a change by date
 */
public record AuditEntry(Instant at, @Nullable UUID actorId, String action, String details) {
}
