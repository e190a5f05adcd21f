// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a selection: the distribution, the seed of the draw and the panel drawn, and, when the
 * distribution was first rounded to a uniform lottery, that lottery and the winning number.
 *
 * @param distribution the distribution the panel was drawn from
 * @param seed the draw seed (for example a publicly announced number)
 * @param panel the panel drawn
 * @param lottery the uniform lottery and its winning number, or {@code null} for a direct draw
 */
public record Selection(PanelDistribution distribution, long seed, Panel panel, @Nullable LotteryOutcome lottery) {

    /**
     * A uniform lottery and the number drawn.
     *
     * @param lottery the m panels, numbered 1..m
     * @param winningNumber the number drawn, 1..m
     */
    public record LotteryOutcome(UniformLottery lottery, int winningNumber) {
    }

    /** The lottery outcome, if the panel came from a uniform lottery. */
    public Optional<LotteryOutcome> lotteryOutcome() {
        return Optional.ofNullable(this.lottery);
    }

    public String algorithm() {
        return this.distribution.algorithm();
    }

    public Map<String, Double> probabilities() {
        return this.distribution.probabilities();
    }

    public double minProbability() {
        return this.distribution.minProbability();
    }

    public double maxProbability() {
        return this.distribution.maxProbability();
    }
}
