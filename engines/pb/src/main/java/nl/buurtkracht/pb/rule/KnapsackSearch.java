// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;

/**
 * Exact branch-and-bound for the knapsack of {@link MaximumUtilitarianWelfare} when no dynamic-programming table
 * fits. Phase 1 finds the optimum (highest welfare, then lowest cost) exploring items by density with the
 * fractional bound; phase 2 walks the items in id order, including an item whenever a set with the optimal welfare
 * within the optimal cost still exists. Items are given in ascending id order; all have positive welfare and fit.
 */
final class KnapsackSearch {

    private final long[] cost;
    private final long[] welfare;
    private final long budget;
    private final int[] byDensity;
    private long bestWelfare = -1;
    private long bestCost;

    KnapsackSearch(long[] cost, long[] welfare, long budget) {
        this.cost = cost;
        this.welfare = welfare;
        this.budget = budget;
        Integer[] order = new Integer[cost.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Exact.compareProducts(welfare[b], cost[a], welfare[a], cost[b]));
        this.byDensity = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    boolean[] solve() {
        optimise(0, budget, 0, 0);
        boolean[] taken = new boolean[cost.length];
        boolean found = prefer(0, bestCost, 0, taken);
        if (!found) {
            throw new IllegalStateException("branch-and-bound lost its optimum");
        }
        return taken;
    }

    private void optimise(int depth, long capacity, long sumWelfare, long sumCost) {
        if (sumWelfare > bestWelfare || (sumWelfare == bestWelfare && sumCost < bestCost)) {
            bestWelfare = sumWelfare;
            bestCost = sumCost;
        }
        if (depth == byDensity.length || boundBelow(depth, -1, capacity, bestWelfare - sumWelfare)) {
            return;
        }
        int item = byDensity[depth];
        if (cost[item] <= capacity) {
            optimise(depth + 1, capacity - cost[item], sumWelfare + welfare[item], sumCost + cost[item]);
        }
        optimise(depth + 1, capacity, sumWelfare, sumCost);
    }

    /** Includes items in id order whenever the optimal welfare is still reachable within the optimal cost. */
    private boolean prefer(int item, long capacity, long sumWelfare, boolean[] taken) {
        if (sumWelfare >= bestWelfare) {
            return true;
        }
        if (item == cost.length || boundBelow(0, item, capacity, bestWelfare - sumWelfare)) {
            return false;
        }
        if (cost[item] <= capacity) {
            taken[item] = true;
            if (prefer(item + 1, capacity - cost[item], sumWelfare + welfare[item], taken)) {
                return true;
            }
            taken[item] = false;
        }
        return prefer(item + 1, capacity, sumWelfare, taken);
    }

    /**
     * Whether the fractional bound over the remaining items stays strictly below {@code needed}. Remaining items
     * are those at density positions from {@code depth}, restricted to ids from {@code fromItem} when it is at least 0.
     */
    private boolean boundBelow(int depth, int fromItem, long capacity, long needed) {
        long sum = 0;
        long left = capacity;
        for (int position = depth; position < byDensity.length; position++) {
            int item = byDensity[position];
            if (item < fromItem) {
                continue;
            }
            if (cost[item] <= left) {
                left -= cost[item];
                sum += welfare[item];
                if (sum >= needed) {
                    return false;
                }
            } else {
                // sum + welfare * left / cost < needed  <=>  (needed - sum) * cost > welfare * left
                return Exact.compareProducts(needed - sum, cost[item], welfare[item], left) > 0;
            }
        }
        return sum < needed;
    }
}
