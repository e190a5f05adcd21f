// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.ImportKind;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's upload: what kind of file, optionally the year it is about, and the file.
 */
record ImportForm(@Nullable String kind, @Nullable String year, @Nullable MultipartFile file) {

	static ImportForm empty() {
		return new ImportForm(ImportKind.CBS_KWB.parameter(), "", null);
	}

	/**
	 * The fields in error, in form order, each with the message key the page shows next to the field and
	 * in the error summary.
	 */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (importKind().isEmpty()) {
			errors.put("kind", "area.imports.error.kind");
		}
		if (!ApiParameters.isYear(year)) {
			errors.put("year", "area.imports.error.year");
		}
		if (file == null || file.isEmpty()) {
			errors.put("file", "area.imports.error.file");
		}
		return errors;
	}

	Optional<ImportKind> importKind() {
		return Optional.ofNullable(kind).flatMap(ImportKind::ofParameter);
	}

	@Nullable Integer parsedYear() {
		return ApiParameters.year(year);
	}

	String fileName() {
		String name = file == null ? null : file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload" : name;
	}

	byte[] content() {
		try {
			return file == null ? new byte[0] : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
