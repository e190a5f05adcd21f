// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.util.List;

/** Thrown by a rule configured with {@link TieBreaking#REFUSE} when an exact tie would decide the outcome. */
public final class UnresolvedTieException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> tiedProjectIds;

    /** A tie between the given projects. */
    public UnresolvedTieException(List<String> tiedProjectIds) {
        super("exact tie between projects " + String.join(", ", tiedProjectIds) + " and tie-breaking is 'refuse'");
        this.tiedProjectIds = List.copyOf(tiedProjectIds);
    }

    /** The ids of the tied projects. */
    public List<String> tiedProjectIds() {
        return tiedProjectIds;
    }
}
