// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

/**
 * Someone tried to change or delete a field note that is not theirs.
 */
public class NoteNotAllowedException extends RuntimeException {

	public NoteNotAllowedException() {
		super("Only the author or an administrator may change this field note");
	}

}
