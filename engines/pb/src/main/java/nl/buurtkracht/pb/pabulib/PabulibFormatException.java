// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

/**
 * A Pabulib file that cannot be read: names the source, the line and the problem. The reader never returns a partial
 * result; it throws this instead.
 */
public final class PabulibFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source the file name or another description of the input
     * @param line the 1-based line number, or 0 when the problem concerns the whole file
     * @param problem what is wrong
     */
    public PabulibFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file name or another description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
