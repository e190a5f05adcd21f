// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;

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

    /** Fails when the measure is not defined for the profile's ballots. */
    static void requireSupported(Satisfaction satisfaction, Profile profile) {
        if (!satisfaction.supports(profile.voteType())) {
            throw new IllegalArgumentException(satisfaction.key() + " satisfaction is not defined for "
                    + profile.voteType().pabulibName() + " ballots");
        }
    }
}
