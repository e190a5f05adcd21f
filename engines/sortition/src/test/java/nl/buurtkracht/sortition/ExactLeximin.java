// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * An independent LEXIMIN for tiny pools: enumerate every feasible panel, then fix probabilities stage
 * by stage with plain LPs over all panels. With every panel present, an agent can be fixed exactly when
 * maximising its own probability (keeping everyone at their level) cannot beat the stage optimum.
 */
final class ExactLeximin {

    private ExactLeximin() {
    }

    static double[] probabilities(SelectionProblem problem) {
        Loader.loadNativeLibraries();
        List<int[]> panels = feasiblePanels(problem);
        int n = problem.poolSize();
        double[] fixed = new double[n];
        Arrays.fill(fixed, Double.NaN);
        boolean[] covered = new boolean[n];
        panels.forEach(panel -> Arrays.stream(panel).forEach(i -> covered[i] = true));
        for (int i = 0; i < n; i++) {
            if (!covered[i]) {
                fixed[i] = 0;
            }
        }
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            double level = solve(panels, fixed, -1, 0);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(fixed[i]) && solve(panels, fixed, i, level) <= level + 1e-7) {
                    fixed[i] = level;
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException("no agent could be fixed");
            }
        }
        return fixed;
    }

    /** target < 0: max z with unfixed ≥ z; else: max p_target with unfixed ≥ level. */
    private static double solve(List<int[]> panels, double[] fixed, int target, double level) {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            double infinity = MPSolver.infinity();
            MPVariable z = lp.makeNumVar(0, 1, "z");
            MPVariable[] lambda = new MPVariable[panels.size()];
            MPConstraint total = lp.makeConstraint(1, 1);
            for (int p = 0; p < lambda.length; p++) {
                lambda[p] = lp.makeNumVar(0, 1, "l" + p);
                total.setCoefficient(lambda[p], 1);
            }
            for (int i = 0; i < fixed.length; i++) {
                boolean unfixed = Double.isNaN(fixed[i]);
                MPConstraint row = lp.makeConstraint(unfixed ? (target < 0 ? 0 : level - 1e-9) : fixed[i] - 1e-9, infinity);
                if (unfixed && target < 0) {
                    row.setCoefficient(z, -1);
                }
                for (int p = 0; p < lambda.length; p++) {
                    if (contains(panels.get(p), i)) {
                        row.setCoefficient(lambda[p], 1);
                    }
                }
            }
            if (target < 0) {
                lp.objective().setCoefficient(z, 1);
            }
            else {
                for (int p = 0; p < lambda.length; p++) {
                    if (contains(panels.get(p), target)) {
                        lp.objective().setCoefficient(lambda[p], 1);
                    }
                }
            }
            lp.objective().setMaximization();
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("exact LEXIMIN LP failed");
            }
            return lp.objective().value();
        }
        finally {
            lp.delete();
        }
    }

    private static boolean contains(int[] panel, int i) {
        return Arrays.binarySearch(panel, i) >= 0;
    }

    private static List<int[]> feasiblePanels(SelectionProblem problem) {
        List<int[]> panels = new ArrayList<>();
        int n = problem.poolSize();
        int k = problem.panelSize();
        int[] chosen = new int[k];
        enumerate(problem, chosen, 0, 0, n, panels);
        return panels;
    }

    private static void enumerate(SelectionProblem problem, int[] chosen, int depth, int from, int n, List<int[]> out) {
        if (depth == chosen.length) {
            List<String> ids = Arrays.stream(chosen).mapToObj(i -> problem.respondents().get(i).id()).toList();
            if (Pools.meetsQuotas(problem, new Panel(ids))) {
                out.add(chosen.clone());
            }
            return;
        }
        for (int i = from; i <= n - (chosen.length - depth); i++) {
            chosen[depth] = i;
            enumerate(problem, chosen, depth + 1, i + 1, n, out);
        }
    }
}
