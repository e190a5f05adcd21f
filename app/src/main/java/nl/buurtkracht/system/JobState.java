// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

/**
 * Life cycle of a background job.
 */
public enum JobState {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public boolean isFinished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
