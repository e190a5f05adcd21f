// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * LEGACY selection: the Sortition Foundation's original greedy method, kept for comparison (its unequal
 * probabilities are what LEXIMIN fixes; Flanigan et al., Nature 596, 2021, call it LEGACY).
 *
 * <p><b>Method</b> (spec §3.1, following the current {@code sortition-algorithms} code): remove everyone
 * with a value whose maximum is 0; then k times pick the value with the largest ratio
 * max(0, min − selected)/remaining (ties to the first value in quota order, values with nobody left or
 * maximum 0 skipped), select a uniformly random remaining person with that value, and remove their
 * housemates and everyone holding a value that reached its maximum. An attempt fails when a minimum can
 * no longer be reached or the quotas are not met at the end; up to {@code maxAttempts} attempts are made.
 * The max(0, ·) is the spec's and {@code sortition-algorithms}'s choice; the older Nature replication code omits it.
 *
 * <p><b>Guarantee.</b> None: over-represented respondents can get probabilities near 0. Their
 * probabilities cannot be computed exactly, so {@link #distribution} estimates them by Monte Carlo: it
 * runs LEGACY {@code runs} times and returns the empirical distribution ({@link PanelDistribution#estimated()}
 * is true). A draw from it is distributed exactly like one LEGACY run.
 *
 * <p><b>Complexity.</b> O(k·(v + n)) per attempt for v quota values and n respondents; no solver.
 */
public final class LegacySelection implements SelectionAlgorithm {

    private final int runs;

    private final long seed;

    private final int maxAttempts;

    /** 1,000 Monte Carlo runs with seed 0 and at most 100 attempts per run. */
    public LegacySelection() {
        this(1000, 0, 100);
    }

    /**
     * @param runs the number of LEGACY runs whose empirical distribution is returned
     * @param seed the seed of the Monte Carlo runs ({@link SplitMix64})
     * @param maxAttempts the attempts per run before giving up
     */
    public LegacySelection(int runs, long seed, int maxAttempts) {
        if (runs < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("runs and maxAttempts must be positive");
        }
        this.runs = runs;
        this.seed = seed;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public String name() {
        return "legacy";
    }

    /**
     * @throws InfeasibleQuotasException if no panel meets the quotas
     * @throws IllegalStateException if every run fails {@code maxAttempts} times in a row (runs that fail
     *     are otherwise left out of the estimate and counted in the warnings)
     */
    @Override
    public PanelDistribution distribution(SelectionProblem problem) {
        long start = System.nanoTime();
        if (!QuotaDiagnosis.feasible(problem)) {
            throw new InfeasibleQuotasException(QuotaDiagnosis.diagnose(problem));
        }
        CompiledProblem compiled = CompiledProblem.of(problem, false);
        Greedy greedy = new Greedy(compiled, new SplitMix64(this.seed));
        Map<List<Integer>, Double> counts = new TreeMap<>(PanelExpansion::compare);
        int failedRuns = 0;
        for (int run = 0; run < this.runs; run++) {
            List<Integer> panel = greedy.panel(this.maxAttempts);
            if (panel == null) {
                failedRuns++;
            }
            else {
                counts.merge(panel, 1.0, Double::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException(
                    "every one of %d LEGACY runs failed %d attempts in a row".formatted(this.runs, this.maxAttempts));
        }
        boolean[] reachable = new boolean[compiled.poolSize];
        Arrays.fill(reachable, true);
        SolveStatistics statistics = new SolveStatistics(0, counts.size(), greedy.attempts, 0, 0,
                compiled.poolSize, (System.nanoTime() - start) / 1_000_000);
        return PanelExpansion.distribution(name(), compiled, counts, reachable, true, this.seed, statistics,
                List.of("probabilities are estimated from %d successful LEGACY runs (%d attempts; %d runs failed %d attempts in a row and were left out)"
                    .formatted(this.runs - failedRuns, greedy.attempts, failedRuns, this.maxAttempts)));
    }

    /** One LEGACY run at a time, sharing one random stream. */
    private static final class Greedy {

        private final CompiledProblem problem;

        private final SplitMix64 random;

        private final int[][] holders;

        private final Map<Integer, List<Integer>> housemates = new HashMap<>();

        private int attempts;

        Greedy(CompiledProblem problem, SplitMix64 random) {
            this.problem = problem;
            this.random = random;
            List<List<Integer>> lists = new ArrayList<>();
            for (int q = 0; q < problem.quotaCount(); q++) {
                lists.add(new ArrayList<>());
            }
            for (int i = 0; i < problem.poolSize; i++) {
                for (int q : problem.quotaOf[i]) {
                    lists.get(q).add(i);
                }
            }
            this.holders = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
            for (int[] household : problem.households) {
                for (int t : household) {
                    int person = problem.members[t][0];
                    List<Integer> others = new ArrayList<>();
                    for (int u : household) {
                        if (u != t) {
                            others.add(problem.members[u][0]);
                        }
                    }
                    this.housemates.put(person, others);
                }
            }
        }

        /** A panel, or null when all attempts failed (LEGACY then reports failure, as the original does). */
        @Nullable List<Integer> panel(int maxAttempts) {
            for (int attempt = 0; attempt < maxAttempts; attempt++) {
                this.attempts++;
                List<Integer> panel = attempt();
                if (panel != null) {
                    panel.sort(null);
                    return List.copyOf(panel);
                }
            }
            return null;
        }

        private @Nullable List<Integer> attempt() {
            int quotas = this.problem.quotaCount();
            boolean[] alive = new boolean[this.problem.poolSize];
            int[] remaining = new int[quotas];
            int[] selected = new int[quotas];
            for (int i = 0; i < alive.length; i++) {
                alive[i] = !this.problem.excluded(i);
                if (alive[i]) {
                    for (int q : this.problem.quotaOf[i]) {
                        remaining[q]++;
                    }
                }
            }
            List<Integer> panel = new ArrayList<>();
            for (int seat = 0; seat < this.problem.panelSize; seat++) {
                int chosen = chooseValue(remaining, selected);
                if (chosen < 0) {
                    return null;
                }
                int person = pick(chosen, alive, remaining[chosen]);
                panel.add(person);
                remove(person, alive, remaining);
                for (int q : this.problem.quotaOf[person]) {
                    selected[q]++;
                    if (selected[q] == this.problem.upper[q]) {
                        for (int other : this.holders[q]) {
                            if (alive[other]) {
                                remove(other, alive, remaining);
                            }
                        }
                    }
                }
                for (int housemate : this.housemates.getOrDefault(person, List.of())) {
                    if (alive[housemate]) {
                        remove(housemate, alive, remaining);
                    }
                }
            }
            for (int q = 0; q < quotas; q++) {
                if (selected[q] < this.problem.lower[q] || selected[q] > this.problem.upper[q]) {
                    return null;
                }
            }
            return panel;
        }

        /** The value with the largest ratio, or -1 when the attempt fails. */
        private int chooseValue(int[] remaining, int[] selected) {
            int best = -1;
            double bestRatio = -1;
            for (int q = 0; q < remaining.length; q++) {
                int missing = this.problem.lower[q] - selected[q];
                if (missing > remaining[q]) {
                    return -1;
                }
                if (remaining[q] == 0 || this.problem.upper[q] == 0) {
                    continue;
                }
                double ratio = Math.max(0, missing) / (double) remaining[q];
                if (ratio > bestRatio) {
                    best = q;
                    bestRatio = ratio;
                }
            }
            return best;
        }

        private int pick(int quota, boolean[] alive, int count) {
            long index = this.random.nextBelow(count);
            for (int person : this.holders[quota]) {
                if (alive[person] && index-- == 0) {
                    return person;
                }
            }
            throw new IllegalStateException("remaining count of quota " + quota + " is out of date");
        }

        private void remove(int person, boolean[] alive, int[] remaining) {
            alive[person] = false;
            for (int q : this.problem.quotaOf[person]) {
                remaining[q]--;
            }
        }
    }
}
