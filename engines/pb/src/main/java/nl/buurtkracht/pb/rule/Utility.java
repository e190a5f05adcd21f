// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import org.jspecify.annotations.Nullable;

/** A voter's satisfaction with one project on the ballot, as an exact long (PB-SPEC.md §3). */
final class Utility {

    private Utility() {
    }

    /**
     * The satisfaction of a voter with the project at a position of the ballot. Cost is in minor units and points in
     * units of {@code 10^-pointsDecimals}: rules only compare ratios of utilities of one measure, so any common scale
     * gives the same outcome.
     */
    static long of(Profile profile, Satisfaction satisfaction, int voter, int position) {
        return switch (satisfaction) {
            case COST -> profile.instance().project(profile.projectAt(voter, position)).cost();
            case CARDINALITY -> 1;
            case POINTS -> profile.pointsAt(voter, position);
            case BORDA -> profile.ballotLength(voter) - position - 1;
        };
    }

    /**
     * Every voter's satisfaction with each project when it does not depend on the voter (cost and cardinality), so
     * that loops over all ballot entries need not switch on the measure; null for points and Borda.
     */
    static long @Nullable [] perProject(Profile profile, Satisfaction satisfaction) {
        if (satisfaction != Satisfaction.COST && satisfaction != Satisfaction.CARDINALITY) {
            return null;
        }
        long[] utility = new long[profile.instance().size()];
        for (int p = 0; p < utility.length; p++) {
            utility[p] = satisfaction == Satisfaction.COST ? profile.instance().project(p).cost() : 1;
        }
        return utility;
    }

    /** Fails when the measure is not defined for the profile's ballots. */
    static void requireSupported(Satisfaction satisfaction, Profile profile) {
        if (!satisfaction.supports(profile.voteType())) {
            throw new IllegalArgumentException(satisfaction.key() + " satisfaction is not defined for "
                    + profile.voteType().pabulibName() + " ballots");
        }
    }
}
