// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.Optional;

/**
 * What a running {@link JobHandler} gets: the job, its uploaded file and a way to report progress.
 */
public interface JobContext {

	Job job();

	/** The file uploaded with the job, if any. */
	Optional<JobPayload> payload();

	/** Records progress in its own transaction, so that other instances and pollers see it at once. */
	void progress(long done, long total, String step);

}
