// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.Map;

/**
 * Does the work of one kind of background job. Implementations are Spring beans in the module that
 * owns the work; the job runner finds them by {@link #kind()}.
 */
public interface JobHandler {

	/** The kind this handler runs, for example {@code area.cbs-kwb}. */
	String kind();

	/**
	 * Runs the job. Do all writes in one transaction of your own so that a failure leaves nothing
	 * behind; report progress through the context (committed separately, so pollers see it).
	 * @return a summary shown on the job's result page
	 * @throws InputRejectedException to fail with errors the user can act on (rolls back the work)
	 */
	Map<String, Object> run(JobContext context);

}
