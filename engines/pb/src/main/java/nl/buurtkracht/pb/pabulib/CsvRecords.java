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

    private final char[] text;
    private int position;
    private int line = 1;
    private int recordLine;

    CsvRecords(String text) {
        // a char array, not String.charAt: Polish and Dutch files are UTF-16 strings, whose charAt checks every index
        this.text = (!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text).toCharArray();
    }

    /** The line on which the last record returned by {@link #next()} started. */
    int line() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end of the text. Blank lines give a record with one empty field. */
    @Nullable List<String> next() {
        if (position >= text.length) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = position < text.length && text[position] == '"' ? quotedField(fields) : plainField(fields);
        }
        return fields;
    }

    /** A field that does not open with a quote, taken literally up to the separator or the line end (no copying). */
    private boolean plainField(List<String> fields) {
        int start = position;
        while (position < text.length) {
            char c = text[position];
            if (c == ';' || c == '\n' || c == '\r') {
                break;
            }
            position++;
        }
        fields.add(new String(text, start, position - start).strip());
        return separatorFollows();
    }

    /**
     * A field that opens with a quote: {@code ""} is a quote and {@code ;} and line breaks are text until the closing
     * quote; after it, characters (quotes too) are taken literally up to the separator or the line end.
     */
    private boolean quotedField(List<String> fields) {
        StringBuilder field = new StringBuilder();
        position++;
        boolean quoted = true;
        while (position < text.length) {
            char c = text[position];
            if (quoted) {
                position++;
                if (c != '"') {
                    if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
                        line++;
                    }
                    field.append(c);
                } else if (nextIs('"')) {
                    field.append('"');
                    position++;
                } else {
                    quoted = false;
                }
            } else if (c == ';' || c == '\n' || c == '\r') {
                break;
            } else {
                position++;
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return separatorFollows();
    }

    /** Consumes what ends a field: true after a separator, false at a line end (consumed too) or the end of the text. */
    private boolean separatorFollows() {
        if (position >= text.length) {
            return false;
        }
        char c = text[position++];
        if (c == ';') {
            return true;
        }
        if (c == '\r' && nextIs('\n')) {
            position++;
        }
        line++;
        return false;
    }

    private boolean nextIs(char expected) {
        return position < text.length && text[position] == expected;
    }

    /** Whether a record holds nothing but whitespace. */
    static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
