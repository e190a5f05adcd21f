// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TieBreaking;

/**
 * Everything one Method of Equal Shares computation shares between its runs (add1 and budget increases start every
 * run from scratch on the same setup).
 *
 * @param profile the ballots
 * @param satisfaction the satisfaction measure
 * @param index the compressed support
 * @param cost project costs in minor units
 * @param tieRank tie-breaking ranks; lower wins
 * @param refuseTies whether an exact tie is an error
 * @param freeProjects projects with positive satisfaction and cost 0, in tie-breaking order
 * @param candidates projects with positive satisfaction and positive cost (the MES candidates)
 */
record EqualSharesSetup(Profile profile, Satisfaction satisfaction, SupportIndex index, long[] cost, int[] tieRank,
        boolean refuseTies, int[] freeProjects, int[] candidates) {

    static EqualSharesSetup of(Profile profile, Satisfaction satisfaction, TieBreaking tieBreaking) {
        Utility.requireSupported(satisfaction, profile);
        int m = profile.instance().size();
        boolean[] all = new boolean[m];
        java.util.Arrays.fill(all, true);
        SupportIndex index = SupportIndex.of(profile, satisfaction, all);
        long[] cost = new long[m];
        for (int p = 0; p < m; p++) {
            cost[p] = profile.instance().project(p).cost();
        }
        int[] tieRank = ProjectOrder.tieRanks(profile, tieBreaking);
        List<Integer> free = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            if (index.supporters[p] > 0) {
                (cost[p] == 0 ? free : candidates).add(p);
            }
        }
        free.sort((p, q) -> Integer.compare(tieRank[p], tieRank[q]));
        return new EqualSharesSetup(profile, satisfaction, index, cost, tieRank, tieBreaking == TieBreaking.REFUSE,
                free.stream().mapToInt(Integer::intValue).toArray(),
                candidates.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The number of voters n, empty ballots included. */
    int voters() {
        return profile.size();
    }

    /** The total cost of a selection. */
    long costOf(int[] selection) {
        long total = 0;
        for (int p : selection) {
            total += cost[p];
        }
        return total;
    }

    String id(int project) {
        return profile.instance().project(project).id();
    }
}
