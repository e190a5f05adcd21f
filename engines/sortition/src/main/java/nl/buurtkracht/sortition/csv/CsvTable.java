// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 4180 CSV file with a header: quoted fields (with commas, doubled quotes and line breaks),
 * CRLF or LF line ends, an optional UTF-8 byte-order mark, a missing final newline, and blank lines
 * skipped. Every row remembers the line it started on.
 */
final class CsvTable {

    /** One data row and the line it starts on. */
    record Row(int line, List<String> fields) {

        String get(int column) {
            return this.fields.get(column).strip();
        }
    }

    private final String file;

    private final List<String> header;

    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path path) {
        try {
            return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }

    static CsvTable parse(String file, String text) {
        List<Row> records = records(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new SortitionFormatException(file, 0, "the file is empty (a header line is required)");
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        List<Row> rows = records.subList(1, records.size());
        for (Row row : rows) {
            if (row.fields().size() != header.size()) {
                throw new SortitionFormatException(file, row.line(),
                        "expected %d fields as in the header, found %d".formatted(header.size(), row.fields().size()));
            }
        }
        return new CsvTable(file, header, List.copyOf(rows));
    }

    String file() {
        return this.file;
    }

    List<String> header() {
        return this.header;
    }

    List<Row> rows() {
        return this.rows;
    }

    /** The index of a column, matched case-insensitively after trimming, or -1. */
    int column(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int c = 0; c < this.header.size(); c++) {
            if (this.header.get(c).toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        return -1;
    }

    /** The index of a column that must exist. */
    int requireColumn(String name) {
        int column = column(name);
        if (column < 0) {
            throw new SortitionFormatException(this.file, 1,
                    "missing column '%s' (header: %s)".formatted(name, String.join(",", this.header)));
        }
        return column;
    }

    /** A field parsed as a non-negative integer. */
    int integer(Row row, int column, String what) {
        String text = row.get(column);
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        }
        catch (NumberFormatException ex) {
            throw new SortitionFormatException(this.file, row.line(),
                    "%s must be a non-negative whole number, got '%s'".formatted(what, text));
        }
    }

    private static List<Row> records(String file, String text) {
        List<Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            }
            else if (c == '"') {
                if (field.toString().isBlank() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                }
                else {
                    throw new SortitionFormatException(file, line, "stray quote in an unquoted field");
                }
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRecord(records, start, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            }
            else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new SortitionFormatException(file, line, "text after a closing quote");
            }
            else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new SortitionFormatException(file, start, "a quoted field is not closed");
        }
        fields.add(field.toString());
        addRecord(records, start, fields);
        return records;
    }

    private static void addRecord(List<Row> records, int line, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(new Row(line, List.copyOf(fields)));
        }
    }
}
