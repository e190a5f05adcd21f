// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.jspecify.annotations.Nullable;

/**
 * The machinery MAXIMIN and LEXIMIN share: the set of known panels (as class counts), the panel oracle,
 * the initial panels by multiplicative weights, and the GLOP linear programs over the known panels.
 *
 * <p>Class t's selection probability under λ is p_t = Σ_P λ_P·c_t(P)/|t|. All LPs are written over
 * classes; with singleton classes they are exactly the per-person LPs of Flanigan et al. (2021).
 */
final class ColumnGeneration {

    /** The solution of a dual LP: y per class, ŷ, and the objective value. */
    record Dual(double[] y, double yHat, double objective) {
    }

    private final CompiledProblem problem;

    private final PanelOracle oracle;

    private final List<int[]> panels = new ArrayList<>();

    private final Set<List<Integer>> known = new HashSet<>();

    private final String algorithm;

    private final SolverSettings settings;

    private final long deadline;

    private int lpSolves;

    ColumnGeneration(String algorithm, CompiledProblem problem, SolverSettings settings) {
        this.algorithm = algorithm;
        this.problem = problem;
        this.settings = settings;
        this.oracle = new PanelOracle(problem, settings);
        this.deadline = settings.timeLimit() == null ? Long.MAX_VALUE
                : System.nanoTime() + settings.timeLimit().toNanos();
    }

    List<int[]> panels() {
        return this.panels;
    }

    int oracleCalls() {
        return this.oracle.calls();
    }

    int lpSolves() {
        return this.lpSolves;
    }

    PanelOracle oracle() {
        return this.oracle;
    }

    /** Adds a panel unless it is known; returns whether it was new. */
    boolean add(int[] panel) {
        List<Integer> key = Arrays.stream(panel).boxed().toList();
        if (this.known.add(key)) {
            this.panels.add(panel);
            return true;
        }
        return false;
    }

    void checkDeadline() {
        if (System.nanoTime() > this.deadline) {
            throw new SelectionTimeoutException(this.algorithm, this.settings.timeLimit());
        }
    }

    /**
     * Multiplicative weights (spec §3.2): start from weights in [0.99, 1], take the heaviest panel; shrink
     * its members' weights by 0.8 if it is new, otherwise pull all weights towards 1.
     */
    void seedByMultiplicativeWeights(int rounds, RandomGenerator random) {
        int classes = this.problem.classCount();
        double[] weights = new double[classes];
        for (int t = 0; t < classes; t++) {
            weights[t] = 0.99 + 0.01 * random.nextDouble();
        }
        for (int round = 0; round < rounds; round++) {
            checkDeadline();
            int[] panel = this.oracle.best(weights);
            if (panel == null) {
                return;
            }
            if (add(panel)) {
                for (int t = 0; t < classes; t++) {
                    if (panel[t] > 0) {
                        weights[t] *= Math.pow(0.8, (double) panel[t] / this.problem.classSize(t));
                    }
                }
            }
            else {
                for (int t = 0; t < classes; t++) {
                    weights[t] = 0.9 * weights[t] + 0.1;
                }
            }
            double sum = Arrays.stream(weights).sum();
            for (int t = 0; t < classes; t++) {
                weights[t] *= classes / sum;
            }
        }
    }

    /**
     * Makes sure every class that fits in some feasible panel is in a known panel, by repeatedly asking for
     * the panel holding the most uncovered classes; returns which classes are coverable.
     */
    boolean[] cover() {
        int classes = this.problem.classCount();
        boolean[] covered = new boolean[classes];
        for (int[] panel : this.panels) {
            mark(covered, panel);
        }
        while (true) {
            checkDeadline();
            double[] weights = new double[classes];
            boolean any = false;
            for (int t = 0; t < classes; t++) {
                weights[t] = covered[t] ? 0 : 1.0 / this.problem.classSize(t);
                any |= !covered[t];
            }
            if (!any) {
                return covered;
            }
            int[] panel = this.oracle.best(weights);
            if (panel == null || PanelOracle.value(panel, weights) < 0.5 / this.problem.poolSize) {
                return covered;
            }
            add(panel);
            mark(covered, panel);
        }
    }

    private static void mark(boolean[] covered, int[] panel) {
        for (int t = 0; t < panel.length; t++) {
            covered[t] |= panel[t] > 0;
        }
    }

    /** c_t(P)/|t|: the share of class t that panel P holds. */
    double share(int[] panel, int t) {
        return (double) panel[t] / this.problem.classSize(t);
    }

    /** Per-person weights y_t/|t| for the oracle. */
    double[] perPerson(double[] y) {
        double[] weights = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            weights[t] = y[t] / this.problem.classSize(t);
        }
        return weights;
    }

    /**
     * The dual of the stage LP over the known panels: minimise ŷ − Σ_fixed f_t·y_t subject to
     * Σ_t y_t·c_t(P)/|t| ≤ ŷ for every known P, Σ_unfixed y_t = 1, y, ŷ ≥ 0. Classes that are not
     * {@code active} (coverable) are left out; {@code fixed[t]} is NaN for unfixed classes.
     *
     * <p>With {@code spreadAbove} set, it is instead the support LP: the same rows with the objective
     * bounded by {@code spreadAbove}, maximising Σ_unfixed min(y_t, 1/#unfixed).
     *
     * <p>The LP is kept between solves: {@link #solve()} first adds rows for panels found since.
     */
    DualLp dualLp(double[] fixed, boolean[] active, @Nullable Double spreadAbove) {
        return new DualLp(fixed.clone(), active, spreadAbove);
    }

    final class DualLp implements AutoCloseable {

        private final MPSolver lp = MPSolver.createSolver("GLOP");

        private final MPVariable[] y;

        private final MPVariable yHat;

        private final double[] fixed;

        private int rows;

        private DualLp(double[] fixed, boolean[] active, @Nullable Double spreadAbove) {
            // Rows are added between solves; dual simplex restarts from the previous (still dual
            // feasible) basis. On the 150-person fixture this halves the LP time.
            this.lp.setSolverSpecificParametersAsString("use_dual_simplex: true");
            this.fixed = fixed;
            int classes = fixed.length;
            double infinity = MPSolver.infinity();
            this.y = new MPVariable[classes];
            this.yHat = this.lp.makeNumVar(0, infinity, "yhat");
            MPConstraint normal = this.lp.makeConstraint(1, 1, "normal");
            int unfixed = 0;
            for (int t = 0; t < classes; t++) {
                if (active[t]) {
                    this.y[t] = this.lp.makeNumVar(0, infinity, "y" + t);
                    if (Double.isNaN(fixed[t])) {
                        normal.setCoefficient(this.y[t], 1);
                        unfixed++;
                    }
                }
            }
            MPObjective objective = this.lp.objective();
            if (spreadAbove == null) {
                objective.setCoefficient(this.yHat, 1);
                for (int t = 0; t < classes; t++) {
                    if (this.y[t] != null && !Double.isNaN(fixed[t])) {
                        objective.setCoefficient(this.y[t], -fixed[t]);
                    }
                }
                objective.setMinimization();
                return;
            }
            MPConstraint bound = this.lp.makeConstraint(-infinity, spreadAbove, "bound");
            bound.setCoefficient(this.yHat, 1);
            double cap = 1.0 / unfixed;
            for (int t = 0; t < classes; t++) {
                if (this.y[t] == null) {
                    continue;
                }
                if (!Double.isNaN(fixed[t])) {
                    bound.setCoefficient(this.y[t], -fixed[t]);
                }
                else {
                    MPVariable tau = this.lp.makeNumVar(0, cap, "tau" + t);
                    MPConstraint below = this.lp.makeConstraint(-infinity, 0);
                    below.setCoefficient(tau, 1);
                    below.setCoefficient(this.y[t], -1);
                    objective.setCoefficient(tau, 1);
                }
            }
            objective.setMaximization();
        }

        /** Solves over all known panels; null if GLOP does not report an optimum. */
        @Nullable Dual solve() {
            double infinity = MPSolver.infinity();
            for (; this.rows < ColumnGeneration.this.panels.size(); this.rows++) {
                int[] panel = ColumnGeneration.this.panels.get(this.rows);
                MPConstraint row = this.lp.makeConstraint(-infinity, 0);
                row.setCoefficient(this.yHat, -1);
                for (int t = 0; t < panel.length; t++) {
                    if (panel[t] > 0 && this.y[t] != null) {
                        row.setCoefficient(this.y[t], share(panel, t));
                    }
                }
            }
            ColumnGeneration.this.lpSolves++;
            if (this.lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double[] values = new double[this.y.length];
            double objective = this.yHat.solutionValue();
            for (int t = 0; t < values.length; t++) {
                values[t] = this.y[t] == null ? 0 : Math.max(0, this.y[t].solutionValue());
                if (!Double.isNaN(this.fixed[t])) {
                    objective -= this.fixed[t] * values[t];
                }
            }
            return new Dual(values, this.yHat.solutionValue(), objective);
        }

        @Override
        public void close() {
            this.lp.delete();
        }
    }

    /**
     * The final LEXIMIN primal: minimise ε subject to Σ λ = 1, λ ≥ 0, p_t ≥ fixed_t − ε; returns λ clipped
     * to [0, 1] and renormalised.
     */
    double[] solveFinalLeximin(double[] fixed) {
        return solvePrimal(fixed, true);
    }

    /** The final MAXIMIN primal: maximise ℓ subject to Σ λ = 1, λ ≥ 0, p_t ≥ ℓ for active classes. */
    double[] solveFinalMaximin(boolean[] active) {
        double[] marks = new double[active.length];
        for (int t = 0; t < active.length; t++) {
            marks[t] = active[t] ? 1 : Double.NaN;
        }
        return solvePrimal(marks, false);
    }

    private double[] solvePrimal(double[] bounds, boolean leximin) {
        this.lpSolves++;
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            double infinity = MPSolver.infinity();
            MPVariable[] lambda = new MPVariable[this.panels.size()];
            MPConstraint total = lp.makeConstraint(1, 1, "total");
            for (int p = 0; p < lambda.length; p++) {
                lambda[p] = lp.makeNumVar(0, infinity, "l" + p);
                total.setCoefficient(lambda[p], 1);
            }
            MPVariable slack = lp.makeNumVar(leximin ? 0 : -infinity, infinity, leximin ? "eps" : "ell");
            for (int t = 0; t < bounds.length; t++) {
                if (Double.isNaN(bounds[t])) {
                    continue;
                }
                MPConstraint row = leximin ? lp.makeConstraint(bounds[t], infinity) : lp.makeConstraint(0, infinity);
                row.setCoefficient(slack, leximin ? 1 : -1);
                for (int p = 0; p < lambda.length; p++) {
                    int[] panel = this.panels.get(p);
                    if (panel[t] > 0) {
                        row.setCoefficient(lambda[p], share(panel, t));
                    }
                }
            }
            lp.objective().setCoefficient(slack, 1);
            if (leximin) {
                lp.objective().setMinimization();
            }
            else {
                lp.objective().setMaximization();
            }
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP could not solve the final primal: " + status);
            }
            double[] weights = new double[lambda.length];
            for (int p = 0; p < lambda.length; p++) {
                weights[p] = Math.min(1, Math.max(0, lambda[p].solutionValue()));
            }
            return weights;
        }
        finally {
            lp.delete();
        }
    }
}
