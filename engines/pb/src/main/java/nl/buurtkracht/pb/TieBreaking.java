// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

/**
 * How a rule orders projects that are exactly tied. Every variant ends with project-id order (code-point order of
 * the id strings, so {@code "10" < "9"}), which makes every rule deterministic.
 */
public enum TieBreaking {

    /** Smallest project id first: pabutools' default ({@code lexico_tie_breaking}). */
    ID_ORDER("id"),
    /** Most approvals first, then id order ({@code app_score}); approval ballots only. */
    APPROVAL_SCORE("app_score"),
    /** Cheapest first, then id order. */
    MIN_COST("min_cost"),
    /** Most expensive first, then id order. */
    MAX_COST("max_cost"),
    /** Fail with {@link UnresolvedTieException} when a tie would decide the outcome. */
    REFUSE("refuse");

    private final String key;

    TieBreaking(String key) {
        this.key = key;
    }

    /** The name used on the command line. */
    public String key() {
        return key;
    }

    /** The variant with this key. */
    public static TieBreaking fromKey(String key) {
        for (TieBreaking value : values()) {
            if (value.key.equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown tie-breaking '" + key + "'; use id, app_score, min_cost, max_cost or refuse");
    }
}
