// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks inside
 * quotes) and finds the separator. StatLine writes {@code ;}, R's {@code write.csv} writes {@code ,}.
 */
final class CsvReader {

	private static final int LINES_TO_SNIFF = 10;

	private final String text;

	private final char separator;

	private int position;

	private int line = 1;

	private CsvReader(String text, char separator) {
		this.text = text;
		this.separator = separator;
	}

	static List<CsvRecord> read(String text, char separator) {
		return new CsvReader(text, separator).records();
	}

	/**
	 * The separator of the first lines that have one outside quotes ({@code ;} wins a tie: its headers
	 * hold commas). Old StatLine files open with a title line without any.
	 */
	static char separatorOf(String text) {
		int lineNumber = 1;
		int start = 0;
		while (start < text.length() && lineNumber <= LINES_TO_SNIFF) {
			int end = text.indexOf('\n', start);
			String line = text.substring(start, end < 0 ? text.length() : end);
			int semicolons = countOutsideQuotes(line, ';');
			int commas = countOutsideQuotes(line, ',');
			if (semicolons > 0 || commas > 0) {
				return semicolons >= commas ? ';' : ',';
			}
			if (countOutsideQuotes(line, '\t') > 0) {
				throw Problems.single(lineNumber, null, "de kolommen zijn met tabs gescheiden. "
						+ "Gebruik een CSV-bestand met ; of , als scheidingsteken.");
			}
			start = end < 0 ? text.length() : end + 1;
			lineNumber++;
		}
		throw Problems.single(1, null, "we vinden geen scheidingsteken (; of ,) tussen de kolommen. "
				+ "Is dit een CSV-bestand van het CBS?");
	}

	private static int countOutsideQuotes(String line, char wanted) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == wanted && !quoted) {
				count++;
			}
		}
		return count;
	}

	private List<CsvRecord> records() {
		List<CsvRecord> records = new ArrayList<>();
		while (position < text.length()) {
			records.add(nextRecord());
		}
		return records;
	}

	private CsvRecord nextRecord() {
		int recordLine = line;
		List<String> fields = new ArrayList<>();
		while (true) {
			fields.add(atQuote() ? quotedField() : plainField());
			if (position >= text.length()) {
				break;
			}
			char c = text.charAt(position++);
			if (c == separator) {
				continue;
			}
			if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
				position++;
			}
			line++;
			break;
		}
		return new CsvRecord(recordLine, fields);
	}

	private boolean atQuote() {
		return position < text.length() && text.charAt(position) == '"';
	}

	private String plainField() {
		int start = position;
		while (position < text.length() && !isFieldEnd(text.charAt(position))) {
			position++;
		}
		return text.substring(start, position);
	}

	private String quotedField() {
		int openedOn = line;
		StringBuilder field = new StringBuilder();
		position++;
		while (true) {
			if (position >= text.length()) {
				throw Problems.single(openedOn, null,
						"een aanhalingsteken (\") wordt niet gesloten. Is het bestand afgebroken?");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				if (!atQuote()) {
					break;
				}
				position++;
			}
			else if (c == '\n') {
				line++;
			}
			field.append(c);
		}
		if (position < text.length() && !isFieldEnd(text.charAt(position))) {
			throw Problems.single(line, null, "na een aanhalingsteken (\") verwachten we het scheidingsteken \""
					+ separator + "\". Klopt het scheidingsteken?");
		}
		return field.toString();
	}

	private boolean isFieldEnd(char c) {
		return c == separator || c == '\n' || c == '\r';
	}

}
