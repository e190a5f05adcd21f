// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;

/**
 * A deliberately simple, obviously correct Method of Equal Shares, written straight from PB-SPEC.md §4.2–4.3: one
 * exact budget per voter, every candidate re-evaluated every round by sorting its supporters, ties to the smallest
 * id. It is slow on purpose; the fast {@link MethodOfEqualShares} must agree with it on every instance.
 */
final class ReferenceEqualShares {

    /** Project ids in code-point order (Python's string order). */
    static final Comparator<String> ID_ORDER = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private ReferenceEqualShares() {
    }

    /** u_i(p) for the project at a position of a ballot. */
    static Rational utility(Instance instance, Ballot ballot, int position, Satisfaction satisfaction) {
        return switch (satisfaction) {
            case COST -> Rational.of(instance.project(instance.indexOf(ballot.projectIds().get(position))).cost());
            case CARDINALITY -> Rational.of(1);
            case POINTS -> Rational.of(ballot.points().get(position));
            case BORDA -> Rational.of(ballot.projectIds().size() - position - 1);
        };
    }

    /** u_i(p), 0 when p is not on the ballot. */
    static Rational utility(Instance instance, Ballot ballot, String projectId, Satisfaction satisfaction) {
        int position = ballot.projectIds().indexOf(projectId);
        return position < 0 ? Rational.ZERO : utility(instance, ballot, position, satisfaction);
    }

    /** u_i(p) for every voter i and project p (by index). */
    static Rational[][] utilities(Profile profile, Satisfaction satisfaction) {
        Instance instance = profile.instance();
        Rational[][] utility = new Rational[profile.size()][instance.size()];
        for (int i = 0; i < profile.size(); i++) {
            Ballot ballot = profile.ballot(i);
            for (int p = 0; p < instance.size(); p++) {
                utility[i][p] = utility(instance, ballot, instance.project(p).id(), satisfaction);
            }
        }
        return utility;
    }

    /** MES with the given budget per voter (minor units): the selected ids, free projects first. */
    static List<String> run(Profile profile, Satisfaction satisfaction, Rational perVoter) {
        return run(profile, utilities(profile, satisfaction), satisfaction, perVoter);
    }

    private static List<String> run(Profile profile, Rational[][] utility, Satisfaction satisfaction,
            Rational perVoter) {
        Instance instance = profile.instance();
        Rational[] budget = new Rational[profile.size()];
        java.util.Arrays.fill(budget, perVoter);
        List<String> selected = new ArrayList<>(projects(instance, utility, true));
        List<String> candidates = projects(instance, utility, false);
        while (true) {
            String best = null;
            Rational bestRho = null;
            for (String id : new ArrayList<>(candidates)) {
                Rational rho = affordability(instance, utility, budget, instance.indexOf(id));
                if (rho == null) {
                    candidates.remove(id);
                } else if (bestRho == null || rho.compareTo(bestRho) < 0) {
                    best = id;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return selected;
            }
            int p = instance.indexOf(best);
            for (int i = 0; i < budget.length; i++) {
                Rational share = bestRho.multiply(utility[i][p]);
                if (share.signum() > 0) {
                    budget[i] = budget[i].subtract(share.compareTo(budget[i]) < 0 ? share : budget[i]);
                }
            }
            selected.add(best);
            candidates.remove(best);
        }
    }

    /** The smallest ρ with sum of min(b_i, ρ·u_i) = c, or null when the supporters cannot afford the project. */
    private static Rational affordability(Instance instance, Rational[][] utility, Rational[] budget, int p) {
        List<Integer> supporters = new ArrayList<>();
        Rational money = Rational.ZERO;
        Rational denominator = Rational.ZERO;
        for (int i = 0; i < budget.length; i++) {
            if (utility[i][p].signum() > 0) {
                supporters.add(i);
                money = money.add(budget[i]);
                denominator = denominator.add(utility[i][p]);
            }
        }
        Rational cost = Rational.of(instance.project(p).cost());
        if (money.compareTo(cost) < 0) {
            return null;
        }
        supporters.sort(Comparator.comparing(i -> budget[i].divide(utility[i][p])));
        Rational paid = Rational.ZERO;
        for (int i : supporters) {
            Rational rho = cost.subtract(paid).divide(denominator);
            if (rho.multiply(utility[i][p]).compareTo(budget[i]) <= 0) {
                return rho;
            }
            paid = paid.add(budget[i]);
            denominator = denominator.subtract(utility[i][p]);
        }
        throw new AssertionError("supporters can afford project " + p + " but no ρ found");
    }

    /** Projects with positive total satisfaction and cost 0, in id order. */
    static List<String> freeProjects(Profile profile, Satisfaction satisfaction) {
        return projects(profile, satisfaction, true);
    }

    /** Projects with positive total satisfaction and positive cost (the MES candidates), in id order. */
    static List<String> candidates(Profile profile, Satisfaction satisfaction) {
        return projects(profile, satisfaction, false);
    }

    private static List<String> projects(Profile profile, Satisfaction satisfaction, boolean free) {
        return projects(profile.instance(), utilities(profile, satisfaction), free);
    }

    private static List<String> projects(Instance instance, Rational[][] utility, boolean free) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            boolean supported = false;
            for (Rational[] voter : utility) {
                supported |= voter[p].signum() > 0;
            }
            if (supported && (instance.project(p).cost() == 0) == free) {
                ids.add(instance.project(p).id());
            }
        }
        ids.sort(ID_ORDER);
        return ids;
    }

    /**
     * MES with the add1 completion: per-voter budgets start, start + unit, start + 2·unit, ...; the last run that fits
     * the budget or the first exhaustive one (pabutools: start B/n and exhaustive over the candidates; equalshares.net:
     * start ⌊B/n⌋ whole units and exhaustive over all projects).
     */
    static List<String> add1(Profile profile, Satisfaction satisfaction, boolean equalSharesNet) {
        Instance instance = profile.instance();
        long unit = BigInteger.TEN.pow(instance.decimals()).longValueExact();
        int n = profile.size();
        Rational start = n == 0 ? Rational.ZERO : equalSharesNet
                ? Rational.of(instance.budget() / (unit * n) * unit) : Rational.of(instance.budget(), n);
        List<String> scope = equalSharesNet ? allIds(instance) : candidates(profile, satisfaction);
        List<String> previous = freeProjects(profile, satisfaction);
        Rational[][] utility = utilities(profile, satisfaction);
        for (int k = 0; k < 1_000_000; k++) {
            List<String> outcome = run(profile, utility, satisfaction, start.add(Rational.of(unit * k)));
            if (cost(instance, outcome) > instance.budget()) {
                return previous;
            }
            if (exhaustive(instance, outcome, scope)
                    || (equalSharesNet && outcome.containsAll(candidates(profile, satisfaction)))) {
                return outcome;
            }
            previous = outcome;
        }
        throw new AssertionError("add1 did not stop");
    }

    /** MES run on the budgets B, B + B/100, ... up to B·(n+1): the last one that fits or the first exhaustive one. */
    static List<String> exhaustion(Profile profile, Satisfaction satisfaction) {
        Instance instance = profile.instance();
        int n = profile.size();
        Rational budget = Rational.of(instance.budget());
        List<String> previous = List.of();
        Rational[][] utility = utilities(profile, satisfaction);
        for (int k = 0; budget.add(budget.multiply(Rational.of(k, 100))).compareTo(budget.multiply(n + 1)) <= 0; k++) {
            Rational total = budget.add(budget.multiply(Rational.of(k, 100)));
            List<String> outcome = run(profile, utility, satisfaction,
                    n == 0 ? Rational.ZERO : total.divide(Rational.of(n)));
            if (cost(instance, outcome) > instance.budget()) {
                return previous;
            }
            if (exhaustive(instance, outcome, allIds(instance))) {
                return outcome;
            }
            previous = outcome;
            if (budget.signum() == 0 || n == 0) {
                break;
            }
        }
        return previous;
    }

    static long cost(Instance instance, List<String> ids) {
        return ids.stream().mapToLong(id -> instance.project(instance.indexOf(id)).cost()).sum();
    }

    static boolean exhaustive(Instance instance, List<String> selected, List<String> scope) {
        long left = instance.budget() - cost(instance, selected);
        return scope.stream().noneMatch(id -> !selected.contains(id)
                && instance.project(instance.indexOf(id)).cost() <= left);
    }

    static List<String> allIds(Instance instance) {
        return instance.projects().stream().map(Project::id).toList();
    }
}
