// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.VotingRule;

/**
 * Maximum utilitarian welfare: the set of projects within the budget with the largest total satisfaction (a 0/1
 * knapsack, PB-SPEC.md §4.5).
 *
 * <p>Tie-break, defined here because pabutools leaves it open: (1) maximise welfare; (2) among equal welfare take the
 * lowest total cost; (3) among those prefer including smaller project ids (the set that contains the smallest id on
 * which two optimal sets differ). Free projects with positive or zero welfare are therefore always included, and
 * projects with welfare ≤ 0 and a positive cost never.
 *
 * <p>Method: projects are processed in descending id order and the set is reconstructed from the smallest id,
 * including a project whenever that is still optimal. With costs and budget divided by their gcd, dynamic
 * programming over the capacity is used when the table is small; otherwise dynamic programming over welfare (small
 * integer welfare, as with cardinality satisfaction); otherwise an exact branch-and-bound with the fractional
 * (LP) bound, which finds the optimum value first and then the preferred set. Complexity: O(k·B/g) or O(k·W) time
 * and bits for k projects, or exponential in the worst case for branch-and-bound. All arithmetic is exact.
 */
public final class MaximumUtilitarianWelfare implements VotingRule {

    /** Largest dynamic-programming table, in decision bits (32 MB). */
    private static final long TABLE_LIMIT = 256L * 1024 * 1024;
    /** Largest capacity or number of welfare levels of a dynamic-programming row. */
    private static final long ROW_LIMIT = 1L << 21;

    private final Satisfaction satisfaction;

    /** Maximum welfare for the given satisfaction measure. */
    public MaximumUtilitarianWelfare(Satisfaction satisfaction) {
        this.satisfaction = Objects.requireNonNull(satisfaction);
    }

    @Override
    public String name() {
        return "max_welfare_" + satisfaction.key();
    }

    @Override
    public Outcome apply(Profile profile) {
        Utility.requireSupported(satisfaction, profile);
        Instance instance = profile.instance();
        int m = instance.size();
        long[] welfare = new long[m];
        long[] supporters = new long[m];
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                long utility = Utility.of(profile, satisfaction, voter, position);
                welfare[p] = Math.addExact(welfare[p], utility);
                supporters[p] += utility > 0 ? 1 : 0;
            }
        }
        Integer[] byId = new Integer[m];
        Arrays.setAll(byId, p -> p);
        Arrays.sort(byId, (p, q) -> ProjectOrder.compareIds(instance.project(p).id(), instance.project(q).id()));
        List<Integer> free = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int p : byId) {
            long cost = instance.project(p).cost();
            if (cost == 0 && welfare[p] >= 0) {
                free.add(p);
            } else if (welfare[p] > 0 && cost <= instance.budget()) {
                items.add(p);
            }
        }
        long[] itemCost = items.stream().mapToLong(p -> instance.project(p).cost()).toArray();
        long[] itemWelfare = items.stream().mapToLong(p -> welfare[p]).toArray();
        boolean[] taken = solve(itemCost, itemWelfare, instance.budget());
        int[] selection = new int[free.size() + items.size()];
        int n = 0;
        long total = 0;
        for (int p : free) {
            selection[n++] = p;
            total = Math.addExact(total, welfare[p]);
        }
        for (int i = 0; i < items.size(); i++) {
            if (taken[i]) {
                selection[n++] = items.get(i);
                total = Math.addExact(total, itemWelfare[i]);
            }
        }
        selection = Arrays.copyOf(selection, n);
        List<Rejection> rejections = rejections(instance, selection, supporters);
        Explanation.WelfareMaximisation phase = new Explanation.WelfareMaximisation(satisfaction, Rational.of(total),
                rejections);
        return Selection.outcome(name(), instance, selection, new Explanation(List.of(phase), rejections));
    }

    private static List<Rejection> rejections(Instance instance, int[] selection, long[] supporters) {
        boolean[] chosen = Selection.mask(instance.size(), selection);
        long left = instance.budget() - Selection.cost(instance, selection);
        List<Rejection> rejections = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            long cost = instance.project(p).cost();
            if (!chosen[p]) {
                Reason reason = supporters[p] == 0 ? Reason.NO_SUPPORTERS
                        : cost > instance.budget() ? Reason.DID_NOT_FIT : Reason.NOT_IN_OPTIMAL_SET;
                rejections.add(new Rejection(instance.project(p).id(), cost, reason,
                        reason == Reason.NO_SUPPORTERS ? Rational.ZERO : Rational.of(left)));
            }
        }
        return rejections;
    }

    /**
     * Solves the knapsack for items in ascending id order with positive welfare and cost at most the budget.
     *
     * @return which items are taken
     */
    static boolean[] solve(long[] cost, long[] welfare, long budget) {
        int k = cost.length;
        long gcd = 0;
        for (long c : cost) {
            gcd = gcd(gcd, c);
        }
        long capacity = k == 0 ? 0 : budget / gcd;
        if (capacity <= ROW_LIMIT && (double) k * (capacity + 1) <= TABLE_LIMIT) {
            long unit = gcd;
            long[] scaled = Arrays.stream(cost).map(c -> c / unit).toArray();
            return byCapacity(scaled, welfare, (int) capacity);
        }
        long welfareGcd = 0;
        long totalWelfare = 0;
        for (long w : welfare) {
            welfareGcd = gcd(welfareGcd, w);
            totalWelfare = Math.addExact(totalWelfare, w);
        }
        long levels = totalWelfare / welfareGcd;
        if (levels <= ROW_LIMIT && (double) k * (levels + 1) <= TABLE_LIMIT) {
            long step = welfareGcd;
            long[] scaled = Arrays.stream(welfare).map(w -> w / step).toArray();
            return byWelfare(cost, scaled, (int) levels, budget);
        }
        return new KnapsackSearch(cost, welfare, budget).solve();
    }

    /** Dynamic programming over capacity; values are (welfare, cost) pairs, higher welfare then lower cost. */
    private static boolean[] byCapacity(long[] cost, long[] welfare, int capacity) {
        int k = cost.length;
        long[] bestWelfare = new long[capacity + 1];
        long[] bestCost = new long[capacity + 1];
        long[][] include = new long[k][(capacity >> 6) + 1];
        for (int i = k - 1; i >= 0; i--) {
            int c = (int) cost[i];
            for (int w = capacity; w >= c; w--) {
                long candidateWelfare = bestWelfare[w - c] + welfare[i];
                long candidateCost = bestCost[w - c] + c;
                if (candidateWelfare > bestWelfare[w]
                        || (candidateWelfare == bestWelfare[w] && candidateCost <= bestCost[w])) {
                    bestWelfare[w] = candidateWelfare;
                    bestCost[w] = candidateCost;
                    include[i][w >> 6] |= 1L << w;
                }
            }
        }
        boolean[] taken = new boolean[k];
        int w = capacity;
        for (int i = 0; i < k; i++) {
            if ((include[i][w >> 6] & (1L << w)) != 0) {
                taken[i] = true;
                w -= (int) cost[i];
            }
        }
        return taken;
    }

    /** Dynamic programming over exact welfare levels: the lowest cost reaching each level. */
    private static boolean[] byWelfare(long[] cost, long[] welfare, int levels, long budget) {
        int k = cost.length;
        long[] lowestCost = new long[levels + 1];
        Arrays.fill(lowestCost, Long.MAX_VALUE);
        lowestCost[0] = 0;
        long[][] include = new long[k][(levels >> 6) + 1];
        for (int i = k - 1; i >= 0; i--) {
            int v = (int) welfare[i];
            for (int level = levels; level >= v; level--) {
                if (lowestCost[level - v] != Long.MAX_VALUE && lowestCost[level - v] + cost[i] <= lowestCost[level]) {
                    lowestCost[level] = lowestCost[level - v] + cost[i];
                    include[i][level >> 6] |= 1L << level;
                }
            }
        }
        int level = levels;
        while (lowestCost[level] > budget) {
            level--;
        }
        boolean[] taken = new boolean[k];
        for (int i = 0; i < k; i++) {
            if ((include[i][level >> 6] & (1L << level)) != 0) {
                taken[i] = true;
                level -= (int) welfare[i];
            }
        }
        return taken;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
