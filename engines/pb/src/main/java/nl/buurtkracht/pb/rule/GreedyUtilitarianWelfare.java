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
    public Outcome apply(Profile profile) {
        Explanation.Greedy phase = complete(profile, new int[0]);
        int[] selection = selected(profile.instance(), new int[0], phase);
        return Selection.outcome(name(), profile.instance(), selection, new Explanation(List.of(phase), phase.rejections()));
    }

    /**
     * Continues from a partial selection: ranks the other projects and buys what fits in the budget left.
     *
     * @return the greedy phase; its selected steps follow {@code initial}
     */
    Explanation.Greedy complete(Profile profile, int[] initial) {
        Utility.requireSupported(satisfaction, profile);
        Instance instance = profile.instance();
        int m = instance.size();
        long[] welfare = new long[m];
        long[] supporters = new long[m];
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                long utility = Utility.of(profile, satisfaction, voter, position);
                welfare[p] = Math.addExact(welfare[p], utility);
                supporters[p] += utility > 0 ? 1 : 0;
            }
        }
        boolean[] done = Selection.mask(m, initial);
        Integer[] ranking = ranking(profile, welfare, done);
        long remaining = instance.budget() - Selection.cost(instance, initial);
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

    /** The projects not yet selected, by density descending, equal densities in tie-breaking order. */
    private Integer[] ranking(Profile profile, long[] welfare, boolean[] done) {
        Instance instance = profile.instance();
        int[] rank = ProjectOrder.tieRanks(profile, tieBreaking);
        Integer[] order = new Integer[instance.size()];
        Arrays.setAll(order, p -> p);
        Arrays.sort(order, (p, q) -> Integer.compare(rank[p], rank[q]));
        Integer[] ranking = Arrays.stream(order).filter(p -> !done[p]).toArray(Integer[]::new);
        Arrays.sort(ranking, (p, q) -> compareDensity(welfare[q], instance.project(q).cost(),
                welfare[p], instance.project(p).cost()));
        return ranking;
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
    private void refuseRealTie(Instance instance, long[] welfare, Integer[] ranking, int i, long remaining) {
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
