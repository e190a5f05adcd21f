// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.List;

/**
 * Input that cannot be accepted as a whole. The API answers {@code 400 application/problem+json}
 * with the errors; pages show them in an error summary. Nothing of the input has been stored.
 */
public class InputRejectedException extends RuntimeException {

	private final List<InputError> errors;

	public InputRejectedException(List<InputError> errors) {
		super(errors.isEmpty() ? "input rejected" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InputRejectedException(InputError error) {
		this(List.of(error));
	}

	public List<InputError> errors() {
		return errors;
	}

}
