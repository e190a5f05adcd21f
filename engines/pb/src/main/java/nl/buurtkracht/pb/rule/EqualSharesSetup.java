// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
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
 * @param totalWeight the voters in all groups (voters who support something)
 * @param totalLiveWeight the sum over groups of weight times {@code liveProjects}
 * @param candidatesByInitialRho the candidates ordered by their ρ before the first round, c(p) / U(p)
 */
record EqualSharesSetup(Profile profile, Satisfaction satisfaction, SupportIndex index, long[] cost, int[] tieRank,
        boolean refuseTies, int[] freeProjects, int[] candidates, int[] liveProjects, int maxLevels, long totalWeight,
        long totalLiveWeight, int[] candidatesByInitialRho) {

    static EqualSharesSetup of(Profile profile, Satisfaction satisfaction, TieBreaking tieBreaking) {
        Utility.requireSupported(satisfaction, profile);
        int m = profile.instance().size();
        SupportIndex index = SupportIndex.of(profile, satisfaction);
        long[] cost = new long[m];
        for (int p = 0; p < m; p++) {
            cost[p] = profile.instance().project(p).cost();
        }
        int[] tieRank = ProjectOrder.tieRanks(profile, tieBreaking);
        int[] free = new int[m];
        int freeCount = 0;
        int[] candidates = new int[m];
        int candidateCount = 0;
        for (int p = 0; p < m; p++) {
            if (index.supporters[p] > 0 && cost[p] == 0) {
                free[freeCount++] = p;
            } else if (index.supporters[p] > 0) {
                candidates[candidateCount++] = p;
            }
        }
        free = Arrays.copyOf(free, freeCount);
        candidates = Arrays.copyOf(candidates, candidateCount);
        insertionSort(free, (p, q) -> Integer.compare(tieRank[p], tieRank[q]));
        // a group's live projects are its projects but the free ones: free projects are rare, candidates are many
        int[] live = new int[index.groupCount];
        long totalWeight = 0;
        for (int g = 0; g < index.groupCount; g++) {
            live[g] = index.groupStart[g + 1] - index.groupStart[g];
            totalWeight += index.weight[g];
        }
        for (int p : free) {
            for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
                live[index.supporterGroup[i]]--;
            }
        }
        long totalLiveWeight = 0;
        for (int p : candidates) {
            totalLiveWeight += index.supporters[p];
        }
        int maxLevels = 1;
        for (int p = 0; p < m; p++) {
            maxLevels = Math.max(maxLevels, index.slotStart[p + 1] - index.slotStart[p]);
        }
        int[] byRho = candidates.clone();
        insertionSort(byRho, initialRhoOrder(index, cost, candidates));
        return new EqualSharesSetup(profile, satisfaction, index, cost, tieRank, tieBreaking == TieBreaking.REFUSE,
                free, candidates, live, maxLevels, totalWeight, totalLiveWeight, byRho);
    }

    /**
     * Orders projects by ρ before the first round, c(p) / (levelSum(p) * multiplier(p)), exactly. The products are
     * computed once, not per comparison; when one does not fit in a long, all comparisons use big integers.
     */
    private static IntBinaryOperator initialRhoOrder(SupportIndex index, long[] cost, int[] candidates) {
        long[] weight = new long[cost.length];
        for (int p : candidates) {
            weight[p] = index.levelSum[p] * index.multiplier[p];
            if (Math.multiplyHigh(index.levelSum[p], index.multiplier[p]) != 0 || weight[p] < 0) {
                return (p1, q) -> BigInteger.valueOf(cost[p1]).multiply(BigInteger.valueOf(index.levelSum[q]))
                        .multiply(BigInteger.valueOf(index.multiplier[q]))
                        .compareTo(BigInteger.valueOf(cost[q]).multiply(BigInteger.valueOf(index.levelSum[p1]))
                                .multiply(BigInteger.valueOf(index.multiplier[p1])));
            }
        }
        return (p, q) -> Exact.compareProducts(cost[p], weight[q], cost[q], weight[p]);
    }

    private static void insertionSort(int[] values, IntBinaryOperator comparator) {
        for (int i = 1; i < values.length; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= 0 && comparator.applyAsInt(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
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
