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
 * @param liveProjects per group, how many candidates it supports
 * @param maxLevels the largest number of levels of one project
 */
record EqualSharesSetup(Profile profile, Satisfaction satisfaction, SupportIndex index, long[] cost, int[] tieRank,
        boolean refuseTies, int[] freeProjects, int[] candidates, int[] liveProjects, int maxLevels) {

    static EqualSharesSetup of(Profile profile, Satisfaction satisfaction, TieBreaking tieBreaking) {
        Utility.requireSupported(satisfaction, profile);
        int m = profile.instance().size();
        SupportIndex index = SupportIndex.of(profile, satisfaction);
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
        int[] live = new int[index.groupCount];
        for (int g = 0; g < index.groupCount; g++) {
            for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                live[g] += cost[index.slotProject[index.groupSlot[e]]] > 0 ? 1 : 0;
            }
        }
        int maxLevels = 1;
        for (int p = 0; p < m; p++) {
            maxLevels = Math.max(maxLevels, index.slotStart[p + 1] - index.slotStart[p]);
        }
        return new EqualSharesSetup(profile, satisfaction, index, cost, tieRank, tieBreaking == TieBreaking.REFUSE,
                free.stream().mapToInt(Integer::intValue).toArray(),
                candidates.stream().mapToInt(Integer::intValue).toArray(), live, maxLevels);
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
