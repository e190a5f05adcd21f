// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A selection problem as index arrays, with interchangeable respondents merged into classes.
 *
 * <p>Two respondents are interchangeable when they have the same value for every feature and neither
 * shares a household with anyone. Swapping them maps feasible panels to feasible panels, so the
 * (unique) leximin probability vector gives them equal probabilities, and a maximin optimum can be made
 * symmetric by averaging. The solvers therefore work with class counts c_t ∈ [0, |t|] instead of one
 * binary per person; {@link PanelExpansion} turns a class-count panel back into panels of people with
 * exactly the class-average probabilities. With {@code merge = false} every respondent is its own class.
 */
final class CompiledProblem {

    final int poolSize;

    final int panelSize;

    final int[] lower;

    final int[] upper;

    /** For each quota, the feature index it belongs to. */
    final int[] featureOfQuota;

    /** quotaOf[i][f]: the quota index of respondent i's value for feature f. */
    final int[][] quotaOf;

    /** members[t]: respondent indices of class t, ascending. */
    final int[][] members;

    /** For each class, the quota indices of its values (one per feature). */
    final int[][] classQuotas;

    /** Households of two or more people, as class indices (each such class has one member). */
    final int[][] households;

    /** household[i]: index into {@link #households}, or -1. */
    final int[] householdOf;

    final SelectionProblem problem;

    private CompiledProblem(SelectionProblem problem, boolean merge) {
        this.problem = problem;
        this.poolSize = problem.poolSize();
        this.panelSize = problem.panelSize();
        List<Quota> quotas = problem.quotas();
        this.lower = quotas.stream().mapToInt(Quota::min).toArray();
        this.upper = quotas.stream().mapToInt(Quota::max).toArray();
        Map<String, Integer> quotaIndex = new HashMap<>();
        List<String> features = problem.features();
        this.featureOfQuota = new int[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            quotaIndex.put(quotas.get(q).feature() + "\u0000" + quotas.get(q).value(), q);
            this.featureOfQuota[q] = features.indexOf(quotas.get(q).feature());
        }
        this.quotaOf = new int[this.poolSize][features.size()];
        for (int i = 0; i < this.poolSize; i++) {
            Respondent respondent = problem.respondents().get(i);
            for (int f = 0; f < features.size(); f++) {
                String feature = features.get(f);
                this.quotaOf[i][f] = quotaIndex.get(feature + "\u0000" + respondent.features().get(feature));
            }
        }
        this.householdOf = new int[this.poolSize];
        List<int[]> householdMembers = householdMembers(problem);
        Arrays.fill(this.householdOf, -1);
        for (int h = 0; h < householdMembers.size(); h++) {
            for (int i : householdMembers.get(h)) {
                this.householdOf[i] = h;
            }
        }
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int i = 0; i < this.poolSize; i++) {
            String classKey = merge && this.householdOf[i] < 0 ? Arrays.toString(this.quotaOf[i]) : "#" + i;
            classes.computeIfAbsent(classKey, c -> new ArrayList<>()).add(i);
        }
        this.members = classes.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
        this.classQuotas = Arrays.stream(this.members).map(m -> this.quotaOf[m[0]]).toArray(int[][]::new);
        int[] classOfRespondent = new int[this.poolSize];
        for (int t = 0; t < this.members.length; t++) {
            for (int i : this.members[t]) {
                classOfRespondent[i] = t;
            }
        }
        this.households = householdMembers.stream()
            .map(h -> Arrays.stream(h).map(i -> classOfRespondent[i]).toArray())
            .toArray(int[][]::new);
    }

    static CompiledProblem of(SelectionProblem problem, boolean merge) {
        return new CompiledProblem(problem, merge);
    }

    int classCount() {
        return this.members.length;
    }

    int classSize(int t) {
        return this.members[t].length;
    }

    int quotaCount() {
        return this.lower.length;
    }

    String id(int respondent) {
        return this.problem.respondents().get(respondent).id();
    }

    /** Whether respondent i has a value whose maximum is 0 (such people are removed from the pool). */
    boolean excluded(int respondent) {
        for (int q : this.quotaOf[respondent]) {
            if (this.upper[q] == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> householdMembers(SelectionProblem problem) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        List<Respondent> respondents = problem.respondents();
        for (int i = 0; i < respondents.size(); i++) {
            String household = respondents.get(i).household();
            if (household != null) {
                byKey.computeIfAbsent(household, h -> new ArrayList<>()).add(i);
            }
        }
        return byKey.values().stream().filter(l -> l.size() > 1)
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
