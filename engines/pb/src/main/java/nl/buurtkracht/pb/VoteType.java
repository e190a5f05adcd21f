// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.util.Locale;
import java.util.Optional;

/** The kind of ballot in a {@link Profile}, with its Pabulib {@code vote_type} name. */
public enum VoteType {

    /** A set of approved projects. */
    APPROVAL("approval"),
    /** An approval ballot with (at most) one project. */
    CHOOSE_1("choose-1"),
    /** A ranking, most preferred first. */
    ORDINAL("ordinal"),
    /** Points distributed over projects (non-negative, usually with a maximum sum). */
    CUMULATIVE("cumulative"),
    /** A score per project, possibly negative. */
    SCORING("scoring");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    /** The {@code vote_type} value used in Pabulib files. */
    public String pabulibName() {
        return pabulibName;
    }

    /** Whether ballots of this type carry points (cumulative and scoring). */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    /** Whether ballots of this type are approval sets (approval and choose-1). */
    public boolean isApproval() {
        return this == APPROVAL || this == CHOOSE_1;
    }

    /** The vote type with this Pabulib name (case-insensitive, trimmed), if any. */
    public static Optional<VoteType> fromPabulibName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (VoteType type : values()) {
            if (type.pabulibName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
