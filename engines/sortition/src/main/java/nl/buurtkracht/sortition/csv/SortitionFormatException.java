// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

/** A malformed input file; the message names the file and, where there is one, the line. */
public final class SortitionFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    private final int line;

    /**
     * @param file the file name
     * @param line the 1-based line number, or 0 for the file as a whole
     * @param message what is wrong
     */
    public SortitionFormatException(String file, int line, String message) {
        super(line > 0 ? "%s line %d: %s".formatted(file, line, message) : "%s: %s".formatted(file, message));
        this.file = file;
        this.line = line;
    }

    public String file() {
        return this.file;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return this.line;
    }
}
