// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;

/** Operations on a selection of project indices shared by the rules. */
final class Selection {

    private Selection() {
    }

    /** The total cost of the selected projects. */
    static long cost(Instance instance, int[] selected) {
        long total = 0;
        for (int p : selected) {
            total = Math.addExact(total, instance.project(p).cost());
        }
        return total;
    }

    /**
     * Whether no project of {@code scope} outside the selection still fits next to it (PB-SPEC.md §4.3).
     *
     * @param scope the projects that count (all projects, or the MES candidates)
     */
    static boolean isExhaustive(Instance instance, int[] selected, int[] scope) {
        boolean[] chosen = mask(instance.size(), selected);
        long left = instance.budget() - cost(instance, selected);
        for (int p : scope) {
            if (!chosen[p] && instance.project(p).cost() <= left) {
                return false;
            }
        }
        return true;
    }

    /** All project indices of the instance. */
    static int[] all(Instance instance) {
        int[] all = new int[instance.size()];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return all;
    }

    static boolean[] mask(int size, int[] selected) {
        boolean[] mask = new boolean[size];
        for (int p : selected) {
            mask[p] = true;
        }
        return mask;
    }

    /** The selection as an outcome. */
    static Outcome outcome(String rule, Instance instance, int[] selected, Explanation explanation) {
        List<String> ids = new ArrayList<>(selected.length);
        for (int p : selected) {
            ids.add(instance.project(p).id());
        }
        return new Outcome(rule, ids, cost(instance, selected), instance.decimals(), explanation);
    }

    /** The indices of an outcome's selected projects. */
    static int[] indices(Instance instance, Outcome outcome) {
        return outcome.selected().stream().mapToInt(instance::indexOf).toArray();
    }
}
