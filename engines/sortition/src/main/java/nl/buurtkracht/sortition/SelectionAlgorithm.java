// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/**
 * A selection algorithm: a way to choose a probability distribution over feasible panels of a
 * {@link SelectionProblem}, from which the panel is then drawn with an explicit seed.
 *
 * <p>Implementations: {@link LeximinSelection} (fairest, Flanigan et al. 2021), {@link MaximinSelection}
 * (the Sortition Foundation's default) and {@link LegacySelection} (the old greedy method, for comparison).
 */
public interface SelectionAlgorithm {

    /** The algorithm's name as used on the command line: {@code leximin}, {@code maximin} or {@code legacy}. */
    String name();

    /**
     * The distribution over feasible panels. Every panel in it has exactly k members and meets every quota
     * and the household rule; the probabilities sum to k.
     *
     * @throws InfeasibleQuotasException if no panel meets the quotas; the exception carries the conflicting
     *     quotas and the smallest relaxation
     */
    PanelDistribution distribution(SelectionProblem problem);

    /** Computes the distribution and draws one panel with this seed (see {@link PanelDistribution#draw}). */
    default Selection select(SelectionProblem problem, long seed) {
        return distribution(problem).draw(seed);
    }

    /**
     * Computes the distribution, rounds it to a uniform lottery over m panels and draws the winning
     * number with this seed (see {@link PanelDistribution#drawFromLottery}).
     */
    default Selection select(SelectionProblem problem, long seed, int lotteryPanels) {
        return distribution(problem).drawFromLottery(lotteryPanels, seed);
    }
}
