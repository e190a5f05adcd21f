// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import org.jspecify.annotations.Nullable;

/**
 * Builds rows for PostgreSQL's {@code COPY ... FROM STDIN} text format: tab-separated, {@code \N} for
 * null, and backslash escapes for the characters that would end a field or a row.
 */
final class CopyText {

	private final StringBuilder text = new StringBuilder(1 << 16);

	private int rows;

	private boolean rowStarted;

	CopyText field(@Nullable Object value) {
		if (rowStarted) {
			text.append('\t');
		}
		rowStarted = true;
		if (value == null) {
			text.append("\\N");
			return this;
		}
		String string = value.toString();
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
		return this;
	}

	void endRow() {
		text.append('\n');
		rowStarted = false;
		rows++;
	}

	int rows() {
		return rows;
	}

	int length() {
		return text.length();
	}

	String drain() {
		String chunk = text.toString();
		text.setLength(0);
		return chunk;
	}

}
