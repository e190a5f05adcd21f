// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.Paging;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads query and form parameters as text and refuses bad ones with a Dutch message naming the
 * parameter, instead of Spring's English conversion errors.
 */
final class ApiParameters {

	private ApiParameters() {
	}

	static boolean isYear(@Nullable String text) {
		return text == null || text.isBlank() || text.strip().matches("(19|2[01])\\d{2}");
	}

	/** A year between 1900 and 2199, or {@code null} when none was given. */
	static @Nullable Integer year(@Nullable String text) {
		if (!isYear(text)) {
			throw rejected("year", "Het jaar \"" + text + "\" klopt niet. Gebruik vier cijfers, zoals 2024.");
		}
		return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
	}

	static AreaCode code(String name, String text) {
		return AreaCode.parse(text).orElseThrow(() -> rejected(name, "\"" + text
				+ "\" is geen CBS-code. Een code ziet eruit als GM0363, WK036300 of BU03630000."));
	}

	static Paging paging(String page, String size) {
		int pageNumber = number("page", page);
		int pageSize = number("size", size);
		if (pageNumber < 1) {
			throw rejected("page", "De pagina begint bij 1.");
		}
		if (pageSize < 1 || pageSize > Paging.MAX_SIZE) {
			throw rejected("size", "De paginagrootte moet tussen 1 en " + Paging.MAX_SIZE + " liggen.");
		}
		return new Paging(pageNumber, pageSize);
	}

	private static int number(String name, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw rejected(name, "\"" + text + "\" is geen geheel getal.");
		}
	}

	static InputRejectedException rejected(String field, String message) {
		return new InputRejectedException(List.of(new InputError(null, field, message)));
	}

}
