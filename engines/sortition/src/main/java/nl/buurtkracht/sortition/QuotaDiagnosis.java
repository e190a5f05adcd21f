// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import org.jspecify.annotations.Nullable;

/**
 * Explains infeasible quotas (spec §5): a minimal conflicting set of quota bounds, found by a deletion
 * filter over CP-SAT feasibility checks, and the cheapest relaxation within the flex limits, found by the
 * relaxation integer program (lowering a minimum costs 1 + 2/min per seat, raising a maximum 1).
 */
final class QuotaDiagnosis {

    private final CompiledProblem problem;

    private final SelectionProblem source;

    private QuotaDiagnosis(SelectionProblem source) {
        OrTools.load();
        this.source = source;
        this.problem = CompiledProblem.of(source, true);
    }

    /** Diagnoses a problem whose quotas cannot be met. */
    static InfeasibilityReport diagnose(SelectionProblem problem) {
        QuotaDiagnosis diagnosis = new QuotaDiagnosis(problem);
        List<QuotaChange> relaxation = diagnosis.relaxation();
        return new InfeasibilityReport(diagnosis.conflict(), relaxation == null ? List.of() : relaxation,
                relaxation != null);
    }

    /** Whether some panel meets the quotas. */
    static boolean feasible(SelectionProblem problem) {
        CompiledProblem compiled = CompiledProblem.of(problem, true);
        return new PanelOracle(compiled, SolverSettings.defaults()).any() != null;
    }

    private List<QuotaBound> conflict() {
        CpModel model = new CpModel();
        IntVar[] counts = counts(model);
        List<BoolVar> switches = new ArrayList<>();
        List<QuotaBound> bounds = new ArrayList<>();
        List<Quota> quotas = this.source.quotas();
        for (int q = 0; q < quotas.size(); q++) {
            LinearExpr holders = holders(counts, q);
            Quota quota = quotas.get(q);
            if (quota.min() > 0) {
                BoolVar on = model.newBoolVar("min" + q);
                model.addGreaterOrEqual(holders, quota.min()).onlyEnforceIf(on);
                switches.add(on);
                bounds.add(new QuotaBound(quota.feature(), quota.value(), QuotaBound.Side.MIN, quota.min()));
            }
            if (quota.max() < this.problem.panelSize) {
                BoolVar on = model.newBoolVar("max" + q);
                model.addLessOrEqual(holders, quota.max()).onlyEnforceIf(on);
                switches.add(on);
                bounds.add(new QuotaBound(quota.feature(), quota.value(), QuotaBound.Side.MAX, quota.max()));
            }
        }
        boolean[] kept = new boolean[switches.size()];
        Arrays.fill(kept, true);
        for (int b = 0; b < switches.size(); b++) {
            kept[b] = false;
            if (feasible(model, switches, kept)) {
                kept[b] = true;
            }
        }
        List<QuotaBound> conflict = new ArrayList<>();
        for (int b = 0; b < kept.length; b++) {
            if (kept[b]) {
                conflict.add(bounds.get(b));
            }
        }
        return conflict;
    }

    private static boolean feasible(CpModel model, List<BoolVar> switches, boolean[] kept) {
        model.clearAssumptions();
        for (int b = 0; b < kept.length; b++) {
            if (kept[b]) {
                model.addAssumption(switches.get(b));
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE
                && status != CpSolverStatus.INFEASIBLE) {
            throw new IllegalStateException("CP-SAT ended with status " + status + " while diagnosing quotas");
        }
        return status != CpSolverStatus.INFEASIBLE;
    }

    private @Nullable List<QuotaChange> relaxation() {
        CpModel model = new CpModel();
        IntVar[] counts = counts(model);
        List<Quota> quotas = this.source.quotas();
        int defaultMaxFlex = defaultMaxFlex();
        IntVar[] lowered = new IntVar[quotas.size()];
        IntVar[] raised = new IntVar[quotas.size()];
        double[] lowerCost = new double[quotas.size()];
        double[] raiseCost = new double[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            int minFlex = quota.flex() == null ? 0 : quota.flex().minFlex();
            int maxFlex = quota.flex() == null ? Math.max(defaultMaxFlex, quota.max()) : quota.flex().maxFlex();
            lowered[q] = model.newIntVar(0, quota.min() - minFlex, "lower" + q);
            raised[q] = model.newIntVar(0, maxFlex - quota.max(), "raise" + q);
            LinearExpr holders = holders(counts, q);
            model.addGreaterOrEqual(LinearExpr.sum(new LinearExpr[] { holders, LinearExpr.term(lowered[q], 1) }),
                    quota.min());
            model.addLessOrEqual(LinearExpr.sum(new LinearExpr[] { holders, LinearExpr.term(raised[q], -1) }),
                    quota.max());
            lowerCost[q] = quota.min() == 0 ? 0 : 1 + 2.0 / quota.min();
            raiseCost[q] = 1;
        }
        IntVar[] changes = new IntVar[2 * quotas.size()];
        double[] costs = new double[2 * quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            changes[2 * q] = lowered[q];
            costs[2 * q] = lowerCost[q];
            changes[2 * q + 1] = raised[q];
            costs[2 * q + 1] = raiseCost[q];
        }
        model.minimize(DoubleLinearExpr.weightedSum(changes, costs));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return null;
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT ended with status " + status + " on the relaxation");
        }
        List<QuotaChange> result = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            long down = solver.value(lowered[q]);
            long up = solver.value(raised[q]);
            if (down > 0 || up > 0) {
                Quota quota = quotas.get(q);
                result.add(new QuotaChange(quota.feature(), quota.value(), quota.min(), quota.max(),
                        (int) (quota.min() - down), (int) (quota.max() + up)));
            }
        }
        return result;
    }

    /** Without flex columns, a maximum may rise to the largest sum of maxima of one feature (spec §5). */
    private int defaultMaxFlex() {
        int[] sums = new int[this.source.features().size()];
        for (int q = 0; q < this.problem.quotaCount(); q++) {
            sums[this.problem.featureOfQuota[q]] += this.problem.upper[q];
        }
        return Arrays.stream(sums).max().orElse(0);
    }

    private IntVar[] counts(CpModel model) {
        IntVar[] counts = new IntVar[this.problem.classCount()];
        for (int t = 0; t < counts.length; t++) {
            counts[t] = model.newIntVar(0, this.problem.classSize(t), "c" + t);
        }
        model.addEquality(LinearExpr.sum(counts), this.problem.panelSize);
        for (int[] household : this.problem.households) {
            IntVar[] members = new IntVar[household.length];
            for (int m = 0; m < household.length; m++) {
                members[m] = counts[household[m]];
            }
            model.addLessOrEqual(LinearExpr.sum(members), 1);
        }
        return counts;
    }

    private LinearExpr holders(IntVar[] counts, int q) {
        List<IntVar> holders = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            if (this.problem.classQuotas[t][this.problem.featureOfQuota[q]] == q) {
                holders.add(counts[t]);
            }
        }
        return LinearExpr.sum(holders.toArray(IntVar[]::new));
    }
}
