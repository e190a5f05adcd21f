// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A background job as stored in PostgreSQL: what it is, how far it got and how it ended.
 *
 * @param summary what the handler reported on success (for example counts per level)
 */
public record Job(JobId id, String kind, JobState state, String title, Map<String, String> parameters,
		long progressDone, long progressTotal, @Nullable String progressStep, Map<String, Object> summary,
		List<InputError> errors, @Nullable String submittedBy, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** Percentage done, 0–100; 100 once finished. */
	public int percentDone() {
		if (state.isFinished()) {
			return 100;
		}
		if (progressTotal <= 0) {
			return 0;
		}
		return (int) Math.min(100, progressDone * 100 / progressTotal);
	}

}
