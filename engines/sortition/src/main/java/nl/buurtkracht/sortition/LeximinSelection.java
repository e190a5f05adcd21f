// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * LEXIMIN selection (Flanigan, Gölz, Gupta, Hennig &amp; Procaccia, "Fair algorithms for selecting
 * citizens' assemblies", Nature 596, 2021).
 *
 * <p><b>Guarantee.</b> Among all distributions over feasible panels, the selection probabilities are
 * leximin-optimal: the smallest probability is as large as possible, then the second smallest, and so on.
 * In particular the minimum equals the MAXIMIN optimum. Up to the solver tolerances (pricing 10⁻⁶, a
 * fixed probability is lowered by 10⁻⁴ when its LP turns infeasible), the result is exact.
 *
 * <p><b>Method.</b> Stage by stage, column generation maximises the smallest probability among agents
 * whose probability is not fixed yet, keeping the fixed ones: GLOP solves the dual LP over the known
 * panels, and a CP-SAT oracle prices a new panel with the dual values as weights, until no panel
 * improves the dual by more than the pricing tolerance. Agents whose dual value is positive (tight in
 * every optimal primal by complementary slackness) are then fixed at the stage optimum. Because GLOP
 * returns vertex duals, which may be positive for few agents, each stage also solves a support LP that
 * spreads the dual over as many agents as possible at the same objective; its solution is checked with
 * the oracle before it is used. Respondents with equal features and no housemates are merged into
 * classes first (exact, see {@link SolverSettings#mergeInterchangeable()}).
 *
 * <p><b>Complexity.</b> Each oracle call solves an NP-hard integer program (CP-SAT); the number of stages
 * is at most the number of classes and the number of generated panels is not polynomially bounded, but
 * in practice it is a few times the number of classes.
 *
 * <p>Deterministic for given problem and {@link SolverSettings} (with one CP-SAT worker).
 */
public final class LeximinSelection implements SelectionAlgorithm {

    /** How much fixed probabilities are lowered when a stage's dual LP fails (spec §3.4). */
    static final double REDUCTION = 1e-4;

    private final SolverSettings settings;

    /** LEXIMIN with {@link SolverSettings#defaults()}. */
    public LeximinSelection() {
        this(SolverSettings.defaults());
    }

    public LeximinSelection(SolverSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "leximin";
    }

    @Override
    public PanelDistribution distribution(SelectionProblem problem) {
        long start = System.nanoTime();
        CompiledProblem compiled = CompiledProblem.of(problem, this.settings.mergeInterchangeable());
        ColumnGeneration generation = Start.columnGeneration(name(), problem, compiled, this.settings);
        generation.seedByMultiplicativeWeights(Start.rounds(compiled, 2), new SplitMix64(this.settings.seed()));
        boolean[] active = generation.cover();
        double[] fixed = new double[compiled.classCount()];
        Arrays.fill(fixed, Double.NaN);
        int stages = 0;
        int reductions = 0;
        while (anyUnfixed(fixed, active)) {
            stages++;
            Stage stage = runStage(generation, fixed, active);
            if (stage == null) {
                reductions++;
                for (int t = 0; t < fixed.length; t++) {
                    if (!Double.isNaN(fixed[t])) {
                        fixed[t] = Math.max(0, fixed[t] - REDUCTION);
                    }
                }
                continue;
            }
            for (int t : stage.toFix()) {
                fixed[t] = Math.max(0, stage.value());
            }
        }
        for (int t = 0; t < fixed.length; t++) {
            if (!active[t]) {
                fixed[t] = Double.NaN;
            }
        }
        double[] lambda = generation.solveFinalLeximin(fixed);
        List<String> warnings = new ArrayList<>();
        if (reductions > 0) {
            warnings.add("fixed probabilities were lowered by %s %d time(s) to keep the LP feasible"
                .formatted(REDUCTION, reductions));
        }
        SolveStatistics statistics = new SolveStatistics(stages, generation.panels().size(),
                generation.oracleCalls(), generation.lpSolves(), reductions, compiled.classCount(),
                (System.nanoTime() - start) / 1_000_000);
        return PanelExpansion.distribution(name(), compiled,
                PanelExpansion.expand(compiled, generation.panels(), lambda),
                PanelExpansion.reachable(compiled, active), false, this.settings.seed(), statistics, warnings);
    }

    private record Stage(double value, int[] toFix) {
    }

    /** One stage; null when the dual LP is not optimal (the fixed probabilities must be lowered). */
    private @Nullable Stage runStage(ColumnGeneration generation, double[] fixed, boolean[] active) {
        double tolerance = this.settings.pricingTolerance();
        try (ColumnGeneration.DualLp lp = generation.dualLp(fixed, active, null)) {
            while (true) {
                generation.checkDeadline();
                ColumnGeneration.Dual dual = lp.solve();
                if (dual == null) {
                    return null;
                }
                if (improves(generation, dual, tolerance)) {
                    continue;
                }
                Stage stage = fix(generation, dual, fixed, active);
                if (stage != null) {
                    return stage;
                }
            }
        }
    }

    /**
     * Chooses whom to fix after the stage has priced out at the dual's objective: those positive in the
     * support LP's dual if that dual survives pricing, else those above EPS in the stage's own dual, else
     * those with the largest dual value. Null when pricing the support LP's dual found a new panel.
     */
    private @Nullable Stage fix(ColumnGeneration generation, ColumnGeneration.Dual dual, double[] fixed,
            boolean[] active) {
        double tolerance = this.settings.pricingTolerance();
        double value = dual.objective();
        double threshold = Math.min(this.settings.positiveDual(), 0.5 / countUnfixed(fixed, active));
        try (ColumnGeneration.DualLp support = generation.dualLp(fixed, active, value + tolerance * 1e-3)) {
            ColumnGeneration.Dual spread = support.solve();
            if (spread != null) {
                if (improves(generation, spread, tolerance)) {
                    return null;
                }
                int[] toFix = positive(spread.y(), fixed, active, threshold);
                if (toFix.length > 0) {
                    return new Stage(value, toFix);
                }
            }
        }
        int[] toFix = positive(dual.y(), fixed, active, this.settings.positiveDual());
        return new Stage(value, toFix.length > 0 ? toFix : largest(dual.y(), fixed, active));
    }

    /** Prices the dual with the oracle; adds and reports a panel that violates it by more than the tolerance. */
    private static boolean improves(ColumnGeneration generation, ColumnGeneration.Dual dual, double tolerance) {
        double[] weights = generation.perPerson(dual.y());
        int[] panel = generation.oracle().best(weights);
        return panel != null && PanelOracle.value(panel, weights) > dual.yHat() + tolerance && generation.add(panel);
    }

    private static int[] positive(double[] y, double[] fixed, boolean[] active, double threshold) {
        List<Integer> chosen = new ArrayList<>();
        for (int t = 0; t < y.length; t++) {
            if (active[t] && Double.isNaN(fixed[t]) && y[t] > threshold) {
                chosen.add(t);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] largest(double[] y, double[] fixed, boolean[] active) {
        double max = -1;
        for (int t = 0; t < y.length; t++) {
            if (active[t] && Double.isNaN(fixed[t])) {
                max = Math.max(max, y[t]);
            }
        }
        return positive(y, fixed, active, max - 1e-12);
    }

    private static boolean anyUnfixed(double[] fixed, boolean[] active) {
        return countUnfixed(fixed, active) > 0;
    }

    private static int countUnfixed(double[] fixed, boolean[] active) {
        int unfixed = 0;
        for (int t = 0; t < fixed.length; t++) {
            if (active[t] && Double.isNaN(fixed[t])) {
                unfixed++;
            }
        }
        return unfixed;
    }
}
