// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.PhragmenRound;
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
 * Sequential Phragmén for approval ballots, as pabutools 1.2.3's {@code sequential_phragmen} (PB-SPEC.md §4.4).
 *
 * <p>Voters earn money continuously. Each round, every candidate p gets the load
 * {@code (sum of its supporters' loads + c(p)) / |supporters|}; all candidates with the minimum load are tied. If
 * any of them no longer fits the remaining budget the rule stops (there is no skipping); otherwise the one that wins
 * the tie-breaking is bought and its supporters' loads become that minimum. Candidates are the projects with
 * c(p) ≤ B; projects without supporters have infinite load and are added at the end while they all fit.
 *
 * <p>A voter's load only depends on the last selected project on its ballot, so loads form at most r + 1 classes and
 * a candidate's load is a sum over classes. New loads never decrease, so candidates are re-evaluated lazily.
 * Guarantee: every decision is exact ({@code select} tries {@link CertifiedPhragmen} first and computes exactly when
 * a comparison is too close for doubles); the outcome never exceeds the budget. Complexity: O(r·(m + A)) steps
 * worst case for r rounds, m projects and A ballot entries.
 *
 * <p>Paper: L. E. Phragmén (1894); for PB: Los, Christoff, Grossi, "Proportional Budget Allocations: Towards a
 * Systematization", IJCAI 2022.
 */
public final class SequentialPhragmen implements VotingRule {

    private final TieBreaking tieBreaking;

    /** Sequential Phragmén with id-order tie-breaking. */
    public SequentialPhragmen() {
        this(TieBreaking.ID_ORDER);
    }

    /** Sequential Phragmén with the given tie-breaking. */
    public SequentialPhragmen(TieBreaking tieBreaking) {
        this.tieBreaking = Objects.requireNonNull(tieBreaking);
    }

    @Override
    public String name() {
        return tieBreaking == TieBreaking.ID_ORDER ? "seq_phragmen" : "seq_phragmen [tie-breaking " + tieBreaking.key() + "]";
    }

    /**
     * Tries {@link CertifiedPhragmen} first; computes exactly only when a decision is too close for doubles. The
     * certified run needs tie-breaking ranks only for projects without supporters, and computes them itself then.
     */
    @Override
    public Selection select(Profile profile) {
        requireApproval(profile);
        SupportIndex index = SupportIndex.of(profile, Satisfaction.CARDINALITY);
        int[] certified = CertifiedPhragmen.select(profile, index, tieBreaking);
        if (certified != null) {
            return Allocations.selection(name(), profile.instance(), certified);
        }
        int[] tieRank = ProjectOrder.tieRanks(profile, tieBreaking);
        Run run = new Run(profile, index, tieRank, tieBreaking == TieBreaking.REFUSE, false);
        run.execute();
        return Allocations.selection(name(), profile.instance(), Arrays.copyOf(run.selected, run.selectedCount));
    }

    @Override
    public Outcome apply(Profile profile) {
        Run run = run(profile, true);
        Explanation.Phragmen phase = new Explanation.Phragmen(run.rounds, run.stoppedBy, run.rejections());
        int[] selection = Arrays.copyOf(run.selected, run.selectedCount);
        return Allocations.outcome(name(), profile.instance(), selection, new Explanation(List.of(phase), phase.rejections()));
    }

    private Run run(Profile profile, boolean explain) {
        requireApproval(profile);
        Run run = new Run(profile, SupportIndex.of(profile, Satisfaction.CARDINALITY),
                ProjectOrder.tieRanks(profile, tieBreaking), tieBreaking == TieBreaking.REFUSE, explain);
        run.execute();
        return run;
    }

    private static void requireApproval(Profile profile) {
        if (!profile.voteType().isApproval()) {
            throw new IllegalArgumentException("sequential Phragmén needs approval ballots, not "
                    + profile.voteType().pabulibName());
        }
    }

    /** The state of one computation. */
    private static final class Run {

        private final boolean explain;
        private final Instance instance;
        private final SupportIndex index;
        private final int[] tieRank;
        private final boolean refuseTies;
        private final int[] groupClass;
        private int[][] count;
        private BigInteger[] load;
        private int classCount = 1;
        private BigInteger denominator = BigInteger.ONE;
        private final BigInteger[] staleNumerator;
        private int[] supported;
        private int supportedCount;
        private int[] unsupported;
        private int unsupportedCount;
        private long remaining;
        private final int[] selected;
        private int selectedCount;
        private final List<PhragmenRound> rounds = new ArrayList<>();
        private @Nullable String stoppedBy;

        Run(Profile profile, SupportIndex index, int[] tieRank, boolean refuseTies, boolean explain) {
            this.explain = explain;
            this.instance = profile.instance();
            int m = instance.size();
            this.index = index;
            this.tieRank = tieRank;
            this.refuseTies = refuseTies;
            this.groupClass = new int[index.groupCount];
            this.count = new int[m][4];
            this.load = new BigInteger[4];
            load[0] = BigInteger.ZERO;
            this.staleNumerator = new BigInteger[m];
            this.supported = new int[m];
            this.unsupported = new int[m];
            this.remaining = instance.budget();
            this.selected = new int[m];
            for (int p = 0; p < m; p++) {
                count[p][0] = (int) index.supporters[p];
                if (instance.project(p).cost() > remaining) {
                    continue;
                }
                if (index.supporters[p] > 0) {
                    staleNumerator[p] = BigInteger.valueOf(instance.project(p).cost());
                    supported[supportedCount++] = p;
                } else {
                    unsupported[unsupportedCount++] = p;
                }
            }
            sortSupported();
        }

        void execute() {
            while (supportedCount > 0) {
                if (!selectSupported()) {
                    return;
                }
            }
            while (unsupportedCount > 0) {
                int winner = -1;
                for (int i = 0; i < unsupportedCount; i++) {
                    int p = unsupported[i];
                    if (instance.project(p).cost() > remaining) {
                        stoppedBy = instance.project(p).id();
                        return;
                    }
                    winner = winner < 0 || tieRank[p] < tieRank[winner] ? p : winner;
                }
                refuse(Arrays.copyOf(unsupported, unsupportedCount));
                unsupportedCount = IntLists.remove(unsupported, unsupportedCount, winner);
                select(winner, null);
            }
        }

        /** One round among supported candidates; false when the rule stops. */
        private boolean selectSupported() {
            int[] tied = new int[supportedCount];
            int tiedCount = 0;
            int best = -1;
            for (int i = 0; i < supportedCount; i++) {
                int p = supported[i];
                if (best >= 0 && compare(p, best) > 0) {
                    break;
                }
                staleNumerator[p] = freshNumerator(p);
                int comparison = best < 0 ? -1 : compare(p, best);
                if (comparison < 0) {
                    best = p;
                    tiedCount = 0;
                }
                if (comparison <= 0) {
                    tied[tiedCount++] = p;
                }
            }
            int winner = tied[0];
            for (int i = 0; i < tiedCount; i++) {
                if (instance.project(tied[i]).cost() > remaining) {
                    stoppedBy = instance.project(tied[i]).id();
                    return false;
                }
                winner = tieRank[tied[i]] < tieRank[winner] ? tied[i] : winner;
            }
            refuse(Arrays.copyOf(tied, tiedCount));
            supportedCount = IntLists.remove(supported, supportedCount, winner);
            BigInteger numerator = staleNumerator[winner];
            Rational newLoad = explain
                    ? Rational.of(numerator, denominator.multiply(BigInteger.valueOf(index.supporters[winner]))) : null;
            moveSupporters(winner, numerator);
            select(winner, newLoad);
            sortSupported();
            return true;
        }

        /** {@code sum of supporters' loads + c(p)}, over the common denominator D. */
        private BigInteger freshNumerator(int p) {
            BigInteger sum = BigInteger.valueOf(instance.project(p).cost()).multiply(denominator);
            for (int k = 1; k < classCount; k++) {
                if (count[p][k] != 0) {
                    sum = sum.add(load[k].multiply(BigInteger.valueOf(count[p][k])));
                }
            }
            return sum;
        }

        /** Compares the loads numerator / (D * supporters) of two candidates. */
        private int compare(int p, int q) {
            return staleNumerator[p].multiply(BigInteger.valueOf(index.supporters[q]))
                    .compareTo(staleNumerator[q].multiply(BigInteger.valueOf(index.supporters[p])));
        }

        private void refuse(int[] tied) {
            if (refuseTies && tied.length > 1) {
                List<String> ids = new ArrayList<>();
                for (int p : tied) {
                    ids.add(instance.project(p).id());
                }
                throw new UnresolvedTieException(ids);
            }
        }

        /** Gives the winner's supporters the new load {@code numerator / (D * supporters)} in a new class. */
        private void moveSupporters(int winner, BigInteger numerator) {
            BigInteger supporters = BigInteger.valueOf(index.supporters[winner]);
            BigInteger gcd = numerator.gcd(supporters);
            BigInteger factor = supporters.divide(gcd);
            if (!factor.equals(BigInteger.ONE)) {
                denominator = denominator.multiply(factor);
                for (int k = 1; k < classCount; k++) {
                    load[k] = load[k].multiply(factor);
                }
                for (int i = 0; i < supportedCount; i++) {
                    staleNumerator[supported[i]] = staleNumerator[supported[i]].multiply(factor);
                }
            }
            if (classCount == load.length) {
                load = Arrays.copyOf(load, classCount * 2);
                for (int p = 0; p < count.length; p++) {
                    count[p] = Arrays.copyOf(count[p], classCount * 2);
                }
            }
            int to = classCount++;
            load[to] = numerator.divide(gcd);
            for (int i = index.supporterStart[winner]; i < index.supporterStart[winner + 1]; i++) {
                int g = index.supporterGroup[i];
                int from = groupClass[g];
                int w = index.weight[g];
                for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                    int q = index.slotProject[index.groupSlot[e]];
                    count[q][from] -= w;
                    count[q][to] += w;
                }
                groupClass[g] = to;
            }
        }

        private void select(int p, @Nullable Rational newLoad) {
            remaining -= instance.project(p).cost();
            selected[selectedCount++] = p;
            if (!explain) {
                return;
            }
            rounds.add(new PhragmenRound(rounds.size() + 1, instance.project(p).id(), instance.project(p).cost(),
                    index.supporters[p], newLoad));
        }

        private void sortSupported() {
            for (int i = 1; i < supportedCount; i++) {
                int p = supported[i];
                int j = i - 1;
                while (j >= 0 && compare(supported[j], p) > 0) {
                    supported[j + 1] = supported[j];
                    j--;
                }
                supported[j + 1] = p;
            }
        }

        List<Rejection> rejections() {
            boolean[] chosen = Allocations.mask(instance.size(), Arrays.copyOf(selected, selectedCount));
            List<Rejection> rejections = new ArrayList<>();
            for (int p = 0; p < instance.size(); p++) {
                if (chosen[p]) {
                    continue;
                }
                long cost = instance.project(p).cost();
                Reason reason = index.supporters[p] == 0 ? Reason.NO_SUPPORTERS
                        : cost > remaining ? Reason.DID_NOT_FIT : Reason.NOT_REACHED;
                rejections.add(new Rejection(instance.project(p).id(), cost, reason,
                        reason == Reason.NO_SUPPORTERS ? Rational.ZERO : Rational.of(remaining)));
            }
            return rejections;
        }
    }
}
