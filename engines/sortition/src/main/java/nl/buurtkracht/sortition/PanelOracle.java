// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import org.jspecify.annotations.Nullable;

/**
 * The panel oracle: a CP-SAT model over class counts c_t ∈ [0, |t|] with Σ c_t = k, every quota and
 * every household, built once; each call only replaces the objective. CP-SAT needs integer
 * coefficients, so weights are scaled to at most 10⁹ and the caller re-evaluates the returned panel with
 * the exact weights. Presolve is off: it costs more than it saves on these small models (about 5 ms
 * instead of 14 ms per call on the 150-person fixture).
 */
final class PanelOracle {

    private static final double SCALE = 1e9;

    private final CompiledProblem problem;

    private final CpModel model = new CpModel();

    private final IntVar[] counts;

    private final CpSolver solver = new CpSolver();

    private int calls;

    PanelOracle(CompiledProblem problem, SolverSettings settings) {
        OrTools.load();
        this.problem = problem;
        int classes = problem.classCount();
        this.counts = new IntVar[classes];
        for (int t = 0; t < classes; t++) {
            this.counts[t] = this.model.newIntVar(0, problem.classSize(t), "c" + t);
        }
        this.model.addEquality(LinearExpr.sum(this.counts), problem.panelSize);
        for (int q = 0; q < problem.quotaCount(); q++) {
            List<IntVar> holders = new ArrayList<>();
            for (int t = 0; t < classes; t++) {
                if (holds(t, q)) {
                    holders.add(this.counts[t]);
                }
            }
            this.model.addLinearConstraint(LinearExpr.sum(holders.toArray(IntVar[]::new)), problem.lower[q],
                    problem.upper[q]);
        }
        for (int[] household : problem.households) {
            IntVar[] members = new IntVar[household.length];
            for (int m = 0; m < household.length; m++) {
                members[m] = this.counts[household[m]];
            }
            this.model.addLessOrEqual(LinearExpr.sum(members), 1);
        }
        this.solver.getParameters()
            .setNumWorkers(settings.workers())
            .setRandomSeed((int) settings.seed())
            .setCpModelPresolve(false);
    }

    /** A panel of maximal Σ w_t·c_t (w: weight per person of each class), or null if none exists. */
    int @Nullable [] best(double[] weights) {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        long[] scaled = new long[weights.length];
        for (int t = 0; t < weights.length; t++) {
            scaled[t] = max == 0 ? 0 : Math.round(weights[t] / max * SCALE);
        }
        this.model.maximize(LinearExpr.weightedSum(this.counts, scaled));
        return solve();
    }

    /** Any feasible panel, or null if the quotas cannot be met. */
    int @Nullable [] any() {
        this.model.clearObjective();
        return solve();
    }

    int calls() {
        return this.calls;
    }

    static double value(int[] panel, double[] weights) {
        double value = 0;
        for (int t = 0; t < panel.length; t++) {
            value += panel[t] * weights[t];
        }
        return value;
    }

    private boolean holds(int t, int q) {
        return this.problem.classQuotas[t][this.problem.featureOfQuota[q]] == q;
    }

    private int @Nullable [] solve() {
        this.calls++;
        CpSolverStatus status = this.solver.solve(this.model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return null;
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT panel oracle ended with status " + status);
        }
        int[] panel = new int[this.counts.length];
        for (int t = 0; t < panel.length; t++) {
            panel[t] = (int) this.solver.value(this.counts[t]);
        }
        return panel;
    }
}
