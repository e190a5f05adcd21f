// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who (an account id, never an e-mail address) did what, when.
 *
 * @param action {@code INDEX_CHANGED}, {@code INDICATOR_DEFINED} or {@code INDICATOR_CHANGED}
 */
public record AuditEntry(Instant at, @Nullable UUID actorId, String action, List<AuditChange> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}

}
