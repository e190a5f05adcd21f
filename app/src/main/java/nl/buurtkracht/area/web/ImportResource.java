// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.area.ImportSummary;
import nl.buurtkracht.area.importing.ImportQueue;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An import job in the API: its state, progress, what it stored per level, and its errors.
 *
 * @param counts what was stored, once the import succeeded; {@code null} before and after a failure
 */
record ImportResource(String id, String kind, JobState state, String fileName, @Nullable Integer year,
		Progress progress, @Nullable Counts counts, List<InputError> errors, Instant submittedAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** @param step what the import is doing, in the caller's language */
	record Progress(long done, long total, int percent, @Nullable String step) {
	}

	/** @param skipped rows or features left out on purpose (the country row, "Buitenland") */
	record Counts(int municipalities, int districts, int neighbourhoods, long figures, int skipped) {
	}

	static ImportResource of(Job job, MessageSource messages, Locale locale) {
		String kind = ImportKind.ofJobKind(job.kind()).map(ImportKind::parameter).orElse(job.kind());
		String step = job.progressStep() == null ? null
				: messages.getMessage(job.progressStep(), null, job.progressStep(), locale);
		Map<String, String> parameters = job.parameters();
		String year = parameters.get(ImportQueue.YEAR);
		return new ImportResource(job.id().toString(), kind, job.state(),
				parameters.getOrDefault(ImportQueue.FILE_NAME, ""), year == null ? null : Integer.valueOf(year),
				new Progress(job.progressDone(), job.progressTotal(), job.percentDone(), step), counts(job),
				job.errors(), job.createdAt(), job.startedAt(), job.finishedAt());
	}

	private static @Nullable Counts counts(Job job) {
		if (job.state() != JobState.SUCCEEDED) {
			return null;
		}
		ImportSummary summary = ImportSummary.of(job.summary());
		return new Counts(summary.municipalities(), summary.districts(), summary.neighbourhoods(), summary.figures(),
				summary.skipped());
	}

}
