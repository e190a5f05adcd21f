// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.GreedyStep;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.Selection;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.UnresolvedTieException;
import nl.buurtkracht.pb.VotingRule;
import org.jspecify.annotations.Nullable;

/**
 * Greedy approximation of utilitarian welfare: rank the projects by total satisfaction per unit of cost and buy them
 * in that order, skipping (or, without skipping, stopping at) a project that does not fit the remaining budget.
 *
 * <p>The density is U(p)/c(p), +∞ for a free project with U(p) &gt; 0, and 0 when U(p) ≤ 0. Equal densities keep
 * the tie-breaking order (a stable sort), so with id order the outcome equals pabutools 1.2.3's
 * {@code greedy_utilitarian_welfare} (PB-SPEC.md §4.1). With cost satisfaction the density is the number of
 * supporters: the classic "most votes first". The rule also completes a partial outcome (for example of MES).
 *
 * <p>Guarantee: exact comparisons; the selection never exceeds the budget. Complexity: O(A + m log m) for A ballot
 * entries and m projects.
 */
public final class GreedyUtilitarianWelfare implements VotingRule {

    private final Satisfaction satisfaction;
    private final TieBreaking tieBreaking;
    private final boolean skipping;

    /** Greedy with skipping and id-order tie-breaking. */
    public GreedyUtilitarianWelfare(Satisfaction satisfaction) {
        this(satisfaction, TieBreaking.ID_ORDER);
    }

    /** Greedy with skipping and the given tie-breaking. */
    public GreedyUtilitarianWelfare(Satisfaction satisfaction, TieBreaking tieBreaking) {
        this(satisfaction, tieBreaking, true);
    }

    private GreedyUtilitarianWelfare(Satisfaction satisfaction, TieBreaking tieBreaking, boolean skipping) {
        this.satisfaction = Objects.requireNonNull(satisfaction);
        this.tieBreaking = Objects.requireNonNull(tieBreaking);
        this.skipping = skipping;
    }

    /** The real-world variant that stops at the first project that does not fit ({@code greedy-no-skip}). */
    public GreedyUtilitarianWelfare withoutSkipping() {
        return new GreedyUtilitarianWelfare(satisfaction, tieBreaking, false);
    }

    @Override
    public String name() {
        String name = "greedy_" + satisfaction.key() + (skipping ? "" : "_no_skip");
        return tieBreaking == TieBreaking.ID_ORDER ? name : name + " [tie-breaking " + tieBreaking.key() + "]";
    }

    @Override
    public Selection select(Profile profile) {
        return Allocations.selection(name(), profile.instance(), completeSelection(profile, new int[0]));
    }

    @Override
    public Outcome apply(Profile profile) {
        Explanation.Greedy phase = complete(profile, new int[0]);
        int[] selection = selected(profile.instance(), new int[0], phase);
        return Allocations.outcome(name(), profile.instance(), selection,
                new Explanation(List.of(phase), phase.rejections()));
    }

    /** Continues from a partial selection without explaining: the initial projects followed by the new ones. */
    int[] completeSelection(Profile profile, int[] initial) {
        Utility.requireSupported(satisfaction, profile);
        Instance instance = profile.instance();
        long[] welfare = new long[instance.size()];
        long[] supporters = new long[instance.size()];
        totals(profile, welfare, supporters);
        int[] ranking = ranking(profile, welfare, Allocations.mask(instance.size(), initial));
        long remaining = instance.budget() - Allocations.cost(instance, initial);
        int[] selection = Arrays.copyOf(initial, initial.length + ranking.length);
        int n = initial.length;
        for (int i = 0; i < ranking.length; i++) {
            int p = ranking[i];
            if (tieBreaking == TieBreaking.REFUSE) {
                refuseRealTie(instance, welfare, ranking, i, remaining);
            }
            long cost = instance.project(p).cost();
            if (cost <= remaining) {
                remaining -= cost;
                selection[n++] = p;
            } else if (!skipping) {
                break;
            }
        }
        return Arrays.copyOf(selection, n);
    }

    /**
     * Continues from a partial selection: ranks the other projects and buys what fits in the budget left.
     *
     * @return the greedy phase; its selected steps follow {@code initial}
     */
    Explanation.Greedy complete(Profile profile, int[] initial) {
        Utility.requireSupported(satisfaction, profile);
        Instance instance = profile.instance();
        long[] welfare = new long[instance.size()];
        long[] supporters = new long[instance.size()];
        totals(profile, welfare, supporters);
        int[] ranking = ranking(profile, welfare, Allocations.mask(instance.size(), initial));
        long remaining = instance.budget() - Allocations.cost(instance, initial);
        long start = remaining;
        List<GreedyStep> steps = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < ranking.length; i++) {
            int p = ranking[i];
            long cost = instance.project(p).cost();
            if (tieBreaking == TieBreaking.REFUSE) {
                refuseRealTie(instance, welfare, ranking, i, remaining);
            }
            boolean fits = !stopped && cost <= remaining;
            if (fits) {
                remaining -= cost;
            } else {
                rejections.add(new Rejection(instance.project(p).id(), cost,
                        stopped ? Reason.NOT_REACHED : Reason.DID_NOT_FIT, Rational.of(remaining)));
                stopped = !skipping;
            }
            steps.add(new GreedyStep(i + 1, instance.project(p).id(), cost, supporters[p], density(welfare[p], cost),
                    fits, remaining));
        }
        rejections.sort((a, b) -> Integer.compare(instance.indexOf(a.projectId()), instance.indexOf(b.projectId())));
        return new Explanation.Greedy(satisfaction, start, skipping, steps, rejections);
    }

    /** The total satisfaction U(p) of every project and its number of voters with positive satisfaction. */
    private void totals(Profile profile, long[] welfare, long[] supporters) {
        long[] sameUtility = Utility.perProject(profile, satisfaction);
        if (sameUtility != null) {
            sameUtilityTotals(profile, sameUtility, welfare, supporters);
            return;
        }
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                long utility = Utility.of(profile, satisfaction, voter, position);
                welfare[p] = Math.addExact(welfare[p], utility);
                supporters[p] += utility > 0 ? 1 : 0;
            }
        }
    }

    /**
     * The totals when every voter who has p on the ballot has the same utility for p ({@code utility[p]}): counting the
     * ballots first keeps the per-entry loop free of the per-measure switch. Sums of equal non-negative terms overflow
     * exactly when their product does, so {@code multiplyExact} fails where the summing loop would.
     */
    private static void sameUtilityTotals(Profile profile, long[] utility, long[] welfare, long[] supporters) {
        long[] ballots = new long[welfare.length];
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                ballots[profile.projectAt(voter, position)]++;
            }
        }
        for (int p = 0; p < welfare.length; p++) {
            welfare[p] = Math.multiplyExact(ballots[p], utility[p]);
            supporters[p] = utility[p] > 0 ? ballots[p] : 0;
        }
    }

    /**
     * The projects not yet selected, by density descending, equal densities in tie-breaking order (an insertion sort:
     * stable, allocation-free and fast for the few hundred projects of a vote).
     */
    private int[] ranking(Profile profile, long[] welfare, boolean[] done) {
        Instance instance = profile.instance();
        int[] rank = ProjectOrder.tieRanks(profile, tieBreaking);
        int[] ranking = new int[instance.size()];
        int n = 0;
        for (int p = 0; p < instance.size(); p++) {
            if (!done[p]) {
                ranking[n++] = p;
            }
        }
        for (int i = 1; i < n; i++) {
            int p = ranking[i];
            int j = i - 1;
            while (j >= 0 && ranksAfter(ranking[j], p, welfare, instance, rank)) {
                ranking[j + 1] = ranking[j];
                j--;
            }
            ranking[j + 1] = p;
        }
        return Arrays.copyOf(ranking, n);
    }

    private static boolean ranksAfter(int p, int q, long[] welfare, Instance instance, int[] rank) {
        int byDensity = compareDensity(welfare[q], instance.project(q).cost(), welfare[p], instance.project(p).cost());
        return byDensity > 0 || (byDensity == 0 && rank[p] > rank[q]);
    }

    /** Compares densities U/c: +∞ when U &gt; 0 and c = 0, and 0 when U ≤ 0. */
    static int compareDensity(long welfareA, long costA, long welfareB, long costB) {
        int kindA = welfareA <= 0 ? 0 : costA == 0 ? 2 : 1;
        int kindB = welfareB <= 0 ? 0 : costB == 0 ? 2 : 1;
        if (kindA != kindB || kindA != 1) {
            return Integer.compare(kindA, kindB);
        }
        return Exact.compareFractions(welfareA, costA, welfareB, costB);
    }

    private static @Nullable Rational density(long welfare, long cost) {
        return welfare <= 0 ? Rational.ZERO : cost == 0 ? null : Rational.of(welfare, cost);
    }

    /**
     * With {@link TieBreaking#REFUSE}: fails when the projects of equal density starting at {@code i} would be
     * selected differently in another order, that is when some but not all of them fit together.
     */
    private void refuseRealTie(Instance instance, long[] welfare, int[] ranking, int i, long remaining) {
        int p = ranking[i];
        if (i > 0 && compareDensity(welfare[ranking[i - 1]], instance.project(ranking[i - 1]).cost(),
                welfare[p], instance.project(p).cost()) == 0) {
            return;
        }
        int end = i + 1;
        long total = instance.project(p).cost();
        boolean anyFits = instance.project(p).cost() <= remaining;
        while (end < ranking.length && compareDensity(welfare[ranking[end]], instance.project(ranking[end]).cost(),
                welfare[p], instance.project(p).cost()) == 0) {
            total += instance.project(ranking[end]).cost();
            anyFits |= instance.project(ranking[end]).cost() <= remaining;
            end++;
        }
        if (end - i > 1 && anyFits && total > remaining) {
            List<String> ids = new ArrayList<>();
            for (int j = i; j < end; j++) {
                ids.add(instance.project(ranking[j]).id());
            }
            throw new UnresolvedTieException(ids);
        }
    }

    /** The initial selection followed by the projects this phase selected. */
    static int[] selected(Instance instance, int[] initial, Explanation.Greedy phase) {
        int[] selection = Arrays.copyOf(initial, initial.length + phase.steps().size());
        int n = initial.length;
        for (GreedyStep step : phase.steps()) {
            if (step.selected()) {
                selection[n++] = instance.indexOf(step.projectId());
            }
        }
        return Arrays.copyOf(selection, n);
    }
}
