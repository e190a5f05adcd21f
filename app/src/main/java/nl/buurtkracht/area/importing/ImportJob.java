// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.Map;

import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import nl.buurtkracht.system.JobContext;
import nl.buurtkracht.system.JobHandler;
import nl.buurtkracht.system.JobPayload;
import org.jspecify.annotations.Nullable;

/**
 * Runs an uploaded file's import in the background. The file was checked when it was uploaded; the
 * import checks it again inside its transaction, because other imports may have run in between.
 */
final class ImportJob implements JobHandler {

	private final AreaFileImporter importer;

	ImportJob(AreaFileImporter importer) {
		this.importer = importer;
	}

	@Override
	public String kind() {
		return importer.kind().jobKind();
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		JobPayload payload = context.payload()
			.orElseThrow(() -> new InputRejectedException(InputError.general("Het bestand van deze import ontbreekt.")));
		return importer.importFile(payload.fileName(), payload.content(), year(context), context::progress).toMap();
	}

	private static @Nullable Integer year(JobContext context) {
		String year = context.job().parameters().get(ImportQueue.YEAR);
		return year == null ? null : Integer.valueOf(year);
	}

}
