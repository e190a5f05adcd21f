// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The progress part of a job page is polled by htmx every second; status 286 tells htmx to stop once the job
 * has finished. Used with the fragments in {@code templates/fragments/job.html}.
 */
public final class JobPolling {

	public static final int STOP_POLLING = 286;

	private JobPolling() {
	}

	/** Stops the polling of an htmx request once the job has finished. */
	public static void stopWhenFinished(Job job, boolean htmx, HttpServletResponse response) {
		if (htmx && job.state().isFinished()) {
			response.setStatus(STOP_POLLING);
		}
	}

}
