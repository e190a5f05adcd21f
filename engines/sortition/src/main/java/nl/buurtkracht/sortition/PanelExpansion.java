// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a distribution over class-count panels into a distribution over panels of people, in canonical
 * form, with every person's probability equal to their class's average.
 *
 * <p>A class-count panel c is expanded by systematic sampling with one shared offset u ∈ [0, 1): member j
 * (0-based, pool order) of class t is selected when ⌊(j+1)·c_t/|t| + u⌋ &gt; ⌊j·c_t/|t| + u⌋. For every u
 * this picks exactly c_t members of each class, and each member is picked for a set of u of measure
 * c_t/|t|. The selection only changes at u = a/|t|, so the panels are those of the intervals between the
 * breakpoints, each with the interval's length as probability: at most Σ_t |t|/gcd(c_t, |t|) panels per
 * class-count panel, computed with exact rational arithmetic.
 */
final class PanelExpansion {

    /** Panels below this probability are dropped before expansion (spec §3.4). */
    static final double NEGLIGIBLE = 1e-8;

    private PanelExpansion() {
    }

    /** The canonical distribution over panels of people for λ over class-count panels. */
    static Map<List<Integer>, Double> expand(CompiledProblem problem, List<int[]> panels, double[] lambda) {
        double total = 0;
        for (double l : lambda) {
            total += l >= NEGLIGIBLE ? l : 0;
        }
        Map<List<Integer>, Double> people = new TreeMap<>(PanelExpansion::compare);
        for (int p = 0; p < lambda.length; p++) {
            if (lambda[p] >= NEGLIGIBLE) {
                double weight = lambda[p] / total;
                for (Map.Entry<List<Integer>, Double> part : expandOne(problem, panels.get(p)).entrySet()) {
                    people.merge(part.getKey(), weight * part.getValue(), Double::sum);
                }
            }
        }
        return people;
    }

    private static Map<List<Integer>, Double> expandOne(CompiledProblem problem, int[] counts) {
        List<long[]> breakpoints = new ArrayList<>();
        breakpoints.add(new long[] { 0, 1 });
        breakpoints.add(new long[] { 1, 1 });
        for (int t = 0; t < counts.length; t++) {
            int size = problem.classSize(t);
            if (counts[t] > 0 && counts[t] < size) {
                // the selection of class t changes only at multiples of gcd(c_t, |t|)/|t| = 1/period
                long period = size / gcd(counts[t], size);
                for (long a = 1; a < period; a++) {
                    breakpoints.add(new long[] { a, period });
                }
            }
        }
        breakpoints.sort((x, y) -> Long.compare(x[0] * y[1], y[0] * x[1]));
        Map<List<Integer>, Double> panels = new LinkedHashMap<>();
        for (int b = 0; b + 1 < breakpoints.size(); b++) {
            long[] from = breakpoints.get(b);
            long[] to = breakpoints.get(b + 1);
            long lengthNumerator = to[0] * from[1] - from[0] * to[1];
            if (lengthNumerator == 0) {
                continue;
            }
            // the midpoint u = P/Q of the interval
            long q = 2 * from[1] * to[1];
            long p = from[0] * to[1] + to[0] * from[1];
            panels.merge(select(problem, counts, p, q), (double) lengthNumerator / (from[1] * to[1]), Double::sum);
        }
        return panels;
    }

    private static List<Integer> select(CompiledProblem problem, int[] counts, long p, long q) {
        List<Integer> members = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            int[] classMembers = problem.members[t];
            long size = classMembers.length;
            for (int j = 0; j < classMembers.length; j++) {
                long before = Math.floorDiv(j * counts[t] * q + p * size, size * q);
                long after = Math.floorDiv((j + 1L) * counts[t] * q + p * size, size * q);
                if (after > before) {
                    members.add(classMembers[j]);
                }
            }
        }
        members.sort(null);
        return List.copyOf(members);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Builds the public distribution from panels of people (pool indices) and their probabilities. */
    static PanelDistribution distribution(String algorithm, CompiledProblem problem,
            Map<List<Integer>, Double> people, boolean[] reachable, boolean estimated, long solverSeed,
            SolveStatistics statistics, List<String> warnings) {
        double[] probability = new double[problem.poolSize];
        List<WeightedPanel> panels = new ArrayList<>();
        double total = people.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<List<Integer>, Double> entry : people.entrySet()) {
            double lambda = entry.getValue() / total;
            List<String> ids = new ArrayList<>();
            for (int i : entry.getKey()) {
                probability[i] += lambda;
                ids.add(problem.id(i));
            }
            panels.add(new WeightedPanel(Math.min(1, lambda), new Panel(ids)));
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (int i = 0; i < problem.poolSize; i++) {
            probabilities.put(problem.id(i), Math.min(1, probability[i]));
            if (problem.excluded(i)) {
                excluded.add(problem.id(i));
            }
            else if (!reachable[i]) {
                unreachable.add(problem.id(i));
            }
        }
        List<String> notes = new ArrayList<>(warnings);
        if (panels.size() > problem.poolSize) {
            notes.add("the distribution has %d panels, more than the pool size %d"
                .formatted(panels.size(), problem.poolSize));
        }
        return new PanelDistribution(algorithm, problem.panelSize, problem.poolSize, panels, probabilities, excluded,
                unreachable, estimated, solverSeed, statistics, notes);
    }

    /** Which respondents are in a class that some feasible panel holds. */
    static boolean[] reachable(CompiledProblem problem, boolean[] coverableClass) {
        boolean[] reachable = new boolean[problem.poolSize];
        for (int t = 0; t < coverableClass.length; t++) {
            if (coverableClass[t]) {
                for (int i : problem.members[t]) {
                    reachable[i] = true;
                }
            }
        }
        return reachable;
    }
}
