// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

/**
 * How a voter's satisfaction with a funded project is measured (pabutools' {@code sat_class}). All are additive.
 *
 * <p>"On the ballot" means approved, ranked, or listed with points (even 0 points).
 */
public enum Satisfaction {

    /** {@code Cost_Sat}: the project's cost if it is on the ballot, else 0. */
    COST("cost"),
    /** {@code Cardinality_Sat}: 1 if the project is on the ballot, else 0. */
    CARDINALITY("card"),
    /** {@code Additive_Cardinal_Sat}: the points given to the project (cumulative and scoring ballots). */
    POINTS("points"),
    /** {@code Additive_Borda_Sat}: ballot length minus position minus 1 (ordinal ballots). */
    BORDA("borda");

    private final String key;

    Satisfaction(String key) {
        this.key = key;
    }

    /** The short name used in rule names such as {@code mes_card}. */
    public String key() {
        return key;
    }

    /** Whether this measure is defined for ballots of the given type. */
    public boolean supports(VoteType voteType) {
        return switch (this) {
            case COST, CARDINALITY -> true;
            case POINTS -> voteType.hasPoints();
            case BORDA -> voteType == VoteType.ORDINAL;
        };
    }
}
