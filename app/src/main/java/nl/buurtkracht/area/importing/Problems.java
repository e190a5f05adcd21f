// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Collects what is wrong with a file, so that the person who uploaded it sees all problems at once
 * instead of one per attempt; stops collecting at a limit that still fits on a page.
 */
final class Problems {

	static final int LIMIT = 100;

	private final List<InputError> errors = new ArrayList<>();

	void add(@Nullable Integer line, @Nullable String field, String message) {
		if (errors.size() < LIMIT) {
			errors.add(new InputError(line, field, line == null ? message : "Regel " + line + ": " + message));
		}
	}

	void general(String message) {
		add(null, null, message);
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	boolean isFull() {
		return errors.size() >= LIMIT;
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw rejected();
		}
	}

	InputRejectedException rejected() {
		List<InputError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing(InputError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new InputRejectedException(sorted);
	}

	static InputRejectedException single(@Nullable Integer line, @Nullable String field, String message) {
		Problems problems = new Problems();
		problems.add(line, field, message);
		return problems.rejected();
	}

}
