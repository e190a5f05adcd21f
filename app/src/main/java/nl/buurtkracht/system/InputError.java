// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import org.jspecify.annotations.Nullable;

/**
 * One problem with a user's input (an uploaded file, a form, a job's work), pointing at the line and
 * field at fault where known.
 *
 * @param line 1-based line number in the uploaded file, or {@code null}
 * @param field the column or property at fault, or {@code null}
 * @param message what is wrong, in Dutch (B1), for the person who uploaded the file
 */
public record InputError(@Nullable Integer line, @Nullable String field, String message) {

	public static InputError general(String message) {
		return new InputError(null, null, message);
	}

}
