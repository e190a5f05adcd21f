// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A probability distribution over feasible panels, as computed by a {@link SelectionAlgorithm}, with
 * every respondent's selection probability.
 *
 * <p>The panels are in canonical order (by their members' pool positions, lexicographically), so that a
 * draw does not depend on the order in which a solver happened to find them. The distribution is computed
 * before any draw seed is known and does not depend on it.
 *
 * @param algorithm the algorithm's name ({@code leximin}, {@code maximin}, {@code legacy})
 * @param panelSize k
 * @param poolSize n
 * @param panels the panels with positive probability, in canonical order; the probabilities sum to 1
 * @param probabilities every respondent's selection probability, in pool order; they sum to k
 * @param excluded respondents removed from the pool because one of their values has maximum 0
 * @param unreachable respondents who are in no feasible panel at all (probability 0)
 * @param estimated whether the probabilities are Monte Carlo estimates (LEGACY) rather than exact
 * @param solverSeed the seed of the algorithm's own randomness; also seeds lottery rounding
 * @param statistics how the distribution was found
 * @param warnings notes for the report, such as a support larger than n
 */
public record PanelDistribution(String algorithm, int panelSize, int poolSize, List<WeightedPanel> panels,
        Map<String, Double> probabilities, List<String> excluded, List<String> unreachable, boolean estimated,
        long solverSeed, SolveStatistics statistics, List<String> warnings) {

    public PanelDistribution {
        panels = List.copyOf(panels);
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        excluded = List.copyOf(excluded);
        unreachable = List.copyOf(unreachable);
        warnings = List.copyOf(warnings);
    }

    /**
     * The smallest selection probability among respondents who were not {@link #excluded() excluded} by
     * a maximum of 0 (unreachable respondents count, with 0).
     */
    public double minProbability() {
        Set<String> left = new HashSet<>(this.excluded);
        return this.probabilities.entrySet().stream().filter(e -> !left.contains(e.getKey()))
            .mapToDouble(Map.Entry::getValue).min().orElse(0);
    }

    /** The largest selection probability. */
    public double maxProbability() {
        return this.probabilities.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The selection probability of one respondent. */
    public double probabilityOf(String id) {
        Double probability = this.probabilities.get(id);
        if (probability == null) {
            throw new IllegalArgumentException("no respondent with id " + id);
        }
        return probability;
    }

    /**
     * Draws one panel with probability λ_P. The probabilities are quantised to integer weights
     * w_P = round(λ_P·2⁵²); {@link SplitMix64#nextBelow(long)} with this seed picks r in 0..Σw−1, and the
     * panel is the first (in canonical order) whose cumulative weight exceeds r.
     */
    public Selection draw(long seed) {
        long[] weights = new long[this.panels.size()];
        long total = 0;
        for (int p = 0; p < weights.length; p++) {
            weights[p] = Math.round(this.panels.get(p).probability() * 0x1.0p52);
            total += weights[p];
        }
        long r = new SplitMix64(seed).nextBelow(total);
        int chosen = 0;
        while (r >= weights[chosen]) {
            r -= weights[chosen];
            chosen++;
        }
        return new Selection(this, seed, this.panels.get(chosen).panel(), null);
    }

    /**
     * Rounds this distribution to a uniform lottery over m panels (seeded with {@link #solverSeed()}, so
     * the list can be published before the draw seed is known), then draws the winning number 1..m with
     * this seed.
     */
    public Selection drawFromLottery(int lotteryPanels, long seed) {
        UniformLottery lottery = toLottery(lotteryPanels, this.solverSeed);
        int number = lottery.drawNumber(seed);
        return new Selection(this, seed, lottery.panel(number), new Selection.LotteryOutcome(lottery, number));
    }

    /** Rounds this distribution to a uniform lottery over m panels by pipage rounding (spec §4). */
    public UniformLottery toLottery(int lotteryPanels, long roundingSeed) {
        return UniformLottery.round(this, lotteryPanels, roundingSeed);
    }
}
