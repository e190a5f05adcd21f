// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Arrays;
import java.util.List;

/**
 * MAXIMIN selection, the Sortition Foundation's default (Flanigan et al., Nature 596, 2021, Methods;
 * {@code sortition-algorithms}).
 *
 * <p><b>Guarantee.</b> The smallest selection probability is as large as possible (up to the pricing
 * tolerance). Nothing is promised about the other probabilities: the distribution is one optimal vertex
 * of the final LP, so many respondents may get exactly the minimum while others get much more. Use
 * {@link LeximinSelection} for fairness beyond the minimum.
 *
 * <p><b>Method.</b> Column generation on the dual of "maximise the minimum probability": GLOP solves
 * min z s.t. Σ_{i∈P} y_i ≤ z for the known panels and Σ y = 1; the CP-SAT oracle looks for a panel
 * with Σ_{i∈P} y_i &gt; z; the final primal maximises the minimum over the panels found.
 *
 * <p><b>Complexity.</b> One LEXIMIN stage: each oracle call is an integer program; the number of panels
 * is in practice a small multiple of the number of classes of interchangeable respondents.
 */
public final class MaximinSelection implements SelectionAlgorithm {

    private final SolverSettings settings;

    /** MAXIMIN with {@link SolverSettings#defaults()}. */
    public MaximinSelection() {
        this(SolverSettings.defaults());
    }

    public MaximinSelection(SolverSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "maximin";
    }

    @Override
    public PanelDistribution distribution(SelectionProblem problem) {
        long start = System.nanoTime();
        CompiledProblem compiled = CompiledProblem.of(problem, this.settings.mergeInterchangeable());
        ColumnGeneration generation = Start.columnGeneration(name(), problem, compiled, this.settings);
        generation.seedByMultiplicativeWeights(Start.rounds(compiled, 1), new SplitMix64(this.settings.seed()));
        boolean[] active = generation.cover();
        double[] unfixed = new double[compiled.classCount()];
        Arrays.fill(unfixed, Double.NaN);
        try (ColumnGeneration.DualLp lp = generation.dualLp(unfixed, active, null)) {
            while (true) {
                generation.checkDeadline();
                ColumnGeneration.Dual dual = lp.solve();
                if (dual == null) {
                    throw new IllegalStateException("GLOP could not solve the MAXIMIN dual");
                }
                double[] weights = generation.perPerson(dual.y());
                int[] panel = generation.oracle().best(weights);
                if (panel == null || PanelOracle.value(panel, weights) <= dual.yHat()
                        + this.settings.pricingTolerance() || !generation.add(panel)) {
                    break;
                }
            }
        }
        double[] lambda = generation.solveFinalMaximin(active);
        SolveStatistics statistics = new SolveStatistics(1, generation.panels().size(), generation.oracleCalls(),
                generation.lpSolves(), 0, compiled.classCount(), (System.nanoTime() - start) / 1_000_000);
        return PanelExpansion.distribution(name(), compiled,
                PanelExpansion.expand(compiled, generation.panels(), lambda),
                PanelExpansion.reachable(compiled, active), false, this.settings.seed(), statistics, List.of());
    }
}
