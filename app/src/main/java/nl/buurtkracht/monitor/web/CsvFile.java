// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download as Dutch spreadsheets open it: UTF-8 with a byte order mark, {@code ;} between fields,
 * every text field quoted. An empty field is a missing value.
 */
final class CsvFile {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	CsvFile row(List<@Nullable String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(';');
			}
			String field = fields.get(i);
			if (field != null && !field.isEmpty()) {
				text.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
		}
		text.append("\r\n");
		return this;
	}

	ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
