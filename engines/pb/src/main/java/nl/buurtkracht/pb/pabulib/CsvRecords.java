// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits Pabulib text into records of trimmed fields, with the {@code ;} separator and double-quote quoting of
 * Python's {@code csv} module (a quoted field may contain {@code ;}, {@code ""} for a quote, and line breaks).
 */
final class CsvRecords {

    private final String text;
    private int position;
    private int line = 1;
    private int recordLine;

    CsvRecords(String text) {
        this.text = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The line on which the last record returned by {@link #next()} started. */
    int line() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end of the text. Blank lines give a record with one empty field. */
    @Nullable List<String> next() {
        if (position >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"') {
                    if (position < text.length() && text.charAt(position) == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ';') {
                fields.add(field.toString().strip());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && nextIs('\n')) {
                    position++;
                }
                line++;
                break;
            } else if (c == '"' && !afterQuote && field.length() == 0) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private boolean nextIs(char expected) {
        return position < text.length() && text.charAt(position) == expected;
    }

    /** Whether a record holds nothing but whitespace. */
    static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
