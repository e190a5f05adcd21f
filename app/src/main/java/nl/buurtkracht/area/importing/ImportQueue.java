// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.system.BackgroundJobs;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.JobPayload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Accepts an uploaded file for import: checks it at once, so that the uploader sees every problem
 * while still on the page, and queues the import as a background job that any instance may run.
 */
@Component
public class ImportQueue {

	/** Job parameter: the uploaded file's name. */
	public static final String FILE_NAME = "fileName";

	/** Job parameter: the year the uploader chose, if any. */
	public static final String YEAR = "year";

	private final Map<ImportKind, AreaFileImporter> importers;

	private final BackgroundJobs jobs;

	ImportQueue(List<AreaFileImporter> importers, BackgroundJobs jobs) {
		this.importers = importers.stream().collect(Collectors.toMap(AreaFileImporter::kind, Function.identity()));
		this.jobs = jobs;
	}

	/**
	 * @throws nl.buurtkracht.system.InputRejectedException when the file has problems; nothing is queued
	 */
	public JobId submit(ImportKind kind, String fileName, byte[] content, @Nullable Integer year, String submittedBy) {
		importers.get(kind).check(fileName, content, year);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(FILE_NAME, fileName);
		if (year != null) {
			parameters.put(YEAR, year.toString());
		}
		return jobs.submit(kind.jobKind(), title(kind) + fileName, parameters, new JobPayload(fileName, content),
				submittedBy);
	}

	private static String title(ImportKind kind) {
		return switch (kind) {
			case CBS_KWB -> "CBS-kerncijfers importeren: ";
			case GEOJSON -> "Grenzen importeren: ";
		};
	}

}
