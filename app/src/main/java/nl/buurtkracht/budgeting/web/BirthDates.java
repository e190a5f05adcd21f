// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a date of birth as Dutch people write it: {@code 7-3-1990}, {@code 07-03-1990}, {@code 7/3/1990} or
 * {@code 7.3.1990}. A plain text field is easier to type and to read aloud than a date picker.
 */
final class BirthDates {

	private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private BirthDates() {
	}

	static Optional<LocalDate> parse(String text) {
		String normal = text.strip().replace('/', '-').replace('.', '-').replace(' ', '-');
		try {
			return Optional.of(LocalDate.parse(normal, DUTCH));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
