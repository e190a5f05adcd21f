// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An official's update on a winning project during execution.
 */
public record ProgressReport(long id, UUID projectId, ExecutionStatus status, String text, @Nullable UUID photoId,
		Instant postedAt) {
}
