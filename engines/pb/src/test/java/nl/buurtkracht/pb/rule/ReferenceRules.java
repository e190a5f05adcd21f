// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;

/**
 * Simple, obviously correct versions of greedy welfare, sequential Phragmén and maximum welfare, written straight
 * from PB-SPEC.md §4.1, §4.4 and §4.5, for property tests against the fast rules.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    private static List<String> idsInOrder(Instance instance) {
        List<String> ids = new ArrayList<>();
        instance.projects().forEach(project -> ids.add(project.id()));
        ids.sort(ReferenceEqualShares.ID_ORDER);
        return ids;
    }

    private static long cost(Instance instance, String id) {
        return instance.project(instance.indexOf(id)).cost();
    }

    /** Greedy: sort by id, stable-sort by density descending (+∞ for free supported, 0 when U ≤ 0), buy what fits. */
    static List<String> greedy(Profile profile, Satisfaction satisfaction) {
        Instance instance = profile.instance();
        Rational[][] utility = ReferenceEqualShares.utilities(profile, satisfaction);
        List<String> order = idsInOrder(instance);
        Comparator<String> byDensity = Comparator.comparing(id -> {
            int p = instance.indexOf(id);
            Rational total = Rational.ZERO;
            for (Rational[] voter : utility) {
                total = total.add(voter[p]);
            }
            if (total.signum() <= 0) {
                return Rational.ZERO;
            }
            return cost(instance, id) == 0 ? Rational.of(Long.MAX_VALUE) : total.divide(Rational.of(cost(instance, id)));
        });
        order.sort(byDensity.reversed());
        List<String> selected = new ArrayList<>();
        long remaining = instance.budget();
        for (String id : order) {
            if (cost(instance, id) <= remaining) {
                selected.add(id);
                remaining -= cost(instance, id);
            }
        }
        return selected;
    }

    /** Sequential Phragmén with one load per voter and every candidate re-evaluated every round. */
    static List<String> phragmen(Profile profile) {
        Instance instance = profile.instance();
        Rational[][] approves = ReferenceEqualShares.utilities(profile, Satisfaction.CARDINALITY);
        Rational[] load = new Rational[profile.size()];
        java.util.Arrays.fill(load, Rational.ZERO);
        List<String> candidates = new ArrayList<>();
        for (String id : idsInOrder(instance)) {
            if (cost(instance, id) <= instance.budget()) {
                candidates.add(id);
            }
        }
        List<String> selected = new ArrayList<>();
        long remaining = instance.budget();
        while (!candidates.isEmpty()) {
            List<String> tied = new ArrayList<>();
            Rational best = null;
            for (String id : candidates) {
                Rational newLoad = newLoad(instance, approves, load, id);
                int comparison = tied.isEmpty() ? -1 : compareLoads(newLoad, best);
                if (comparison < 0) {
                    best = newLoad;
                    tied.clear();
                }
                if (comparison <= 0) {
                    tied.add(id);
                }
            }
            for (String id : tied) {
                if (cost(instance, id) > remaining) {
                    return selected;
                }
            }
            String winner = tied.get(0);
            int p = instance.indexOf(winner);
            for (int i = 0; i < load.length; i++) {
                if (approves[i][p].signum() > 0) {
                    load[i] = best;
                }
            }
            selected.add(winner);
            remaining -= cost(instance, winner);
            candidates.remove(winner);
        }
        return selected;
    }

    /** Compares loads where {@code null} is +∞ (a project without supporters). */
    private static int compareLoads(Rational a, Rational b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    private static Rational newLoad(Instance instance, Rational[][] approves, Rational[] load, String id) {
        int p = instance.indexOf(id);
        Rational sum = Rational.of(cost(instance, id));
        int supporters = 0;
        for (int i = 0; i < load.length; i++) {
            if (approves[i][p].signum() > 0) {
                sum = sum.add(load[i]);
                supporters++;
            }
        }
        return supporters == 0 ? null : sum.divide(Rational.of(supporters));
    }

    /**
     * Maximum welfare by brute force over all subsets: highest welfare, then lowest cost, then the set that includes
     * the smallest id on which two sets differ.
     */
    static List<String> maximumWelfare(Profile profile, Satisfaction satisfaction) {
        Instance instance = profile.instance();
        Rational[][] utility = ReferenceEqualShares.utilities(profile, satisfaction);
        List<String> ids = idsInOrder(instance);
        int m = ids.size();
        long bestMask = -1;
        Rational bestWelfare = null;
        long bestCost = 0;
        for (long mask = 0; mask < (1L << m); mask++) {
            long cost = 0;
            Rational welfare = Rational.ZERO;
            for (int i = 0; i < m; i++) {
                if ((mask & (1L << i)) != 0) {
                    int p = instance.indexOf(ids.get(i));
                    cost += cost(instance, ids.get(i));
                    for (Rational[] voter : utility) {
                        welfare = welfare.add(voter[p]);
                    }
                }
            }
            if (cost > instance.budget()) {
                continue;
            }
            int comparison = bestWelfare == null ? 1 : welfare.compareTo(bestWelfare);
            if (comparison == 0) {
                comparison = Long.compare(bestCost, cost);
            }
            if (comparison == 0) {
                comparison = prefers(mask, bestMask, m) ? 1 : -1;
            }
            if (comparison > 0) {
                bestMask = mask;
                bestWelfare = welfare;
                bestCost = cost;
            }
        }
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if ((bestMask & (1L << i)) != 0) {
                selected.add(ids.get(i));
            }
        }
        return selected;
    }

    /** Whether set a includes the smallest id (bit 0 first) on which a and b differ. */
    private static boolean prefers(long a, long b, int m) {
        for (int i = 0; i < m; i++) {
            long bit = 1L << i;
            if ((a & bit) != (b & bit)) {
                return (a & bit) != 0;
            }
        }
        return false;
    }
}
