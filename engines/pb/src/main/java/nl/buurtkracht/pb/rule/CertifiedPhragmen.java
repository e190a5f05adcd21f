// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.TieBreaking;
import org.jspecify.annotations.Nullable;

/**
 * Sequential Phragmén in {@code double} arithmetic with a proof for every decision, as {@link CertifiedEqualSharesRun}
 * is for MES: every load carries a bound on its absolute error, and a round is only decided when the new load of the
 * winner is certainly below that of every other candidate. When two candidates are too close to call (for example
 * an exact tie, which decides between selecting by id and stopping), {@link #select} returns null and the caller runs
 * the exact computation. A selection it returns is exactly the exact one.
 *
 * <p>Error bound of a new load {@code (c + Σ_k n_k·load_k) / n}: the loads' errors weighted by the supporters, plus
 * the rounding of the sum (relative, per term), divided by n, plus the rounding of the division.
 */
final class CertifiedPhragmen {

    /** Twice the unit roundoff of double: bounds the relative error of one rounded operation, with a margin. */
    private static final double U = 0x1p-52;
    /** Covers the rounding in computing an error bound itself. */
    private static final double SAFETY = 1 + 0x1p-20;
    /** Integers up to this size are exact in a double. */
    private static final long EXACT_DOUBLE = 1L << 53;

    /** Per project, its cost (read once: the rounds look costs up often). */
    private final long[] cost;
    private final Profile profile;
    private final SupportIndex index;
    private final TieBreaking tieBreaking;
    /** Per group, its class: the round that last gave it a load (0: none yet). */
    private final int[] groupClass;
    private double[] load;
    private double[] loadError;
    private int classCount = 1;
    /** Per candidate: the last computed new load, and bounds of the exact one (the lower bound stays valid). */
    private final double[] value;
    private final double[] low;
    private final double[] high;
    private final double[] delta;
    private int[] supported;
    private int supportedCount;
    private int[] unsupported;
    private int unsupportedCount;
    private long remaining;
    private final int[] selected;
    private int selectedCount;

    private CertifiedPhragmen(Profile profile, long[] cost, SupportIndex index, TieBreaking tieBreaking) {
        this.profile = profile;
        this.cost = cost;
        this.index = index;
        this.tieBreaking = tieBreaking;
        int m = cost.length;
        this.groupClass = new int[index.groupCount];
        this.load = new double[4];
        this.loadError = new double[4];
        this.value = new double[m];
        this.low = new double[m];
        this.high = new double[m];
        this.delta = new double[m];
        this.supported = new int[m];
        this.unsupported = new int[m];
        this.remaining = profile.instance().budget();
        this.selected = new int[m];
        for (int p = 0; p < m; p++) {
            if (cost[p] > remaining) {
                continue;
            }
            if (index.supporters[p] > 0) {
                // with every load 0 the new load is c / n, the least it can ever be
                value[p] = (double) cost[p] / index.supporters[p];
                low[p] = value[p] * (1 - U);
                supported[supportedCount++] = p;
            } else {
                unsupported[unsupportedCount++] = p;
            }
        }
        // by the computed (stale) new load: the order only decides which candidates are evaluated first
        IntLists.sortBy(supported, supportedCount, value);
    }

    /**
     * The selection of sequential Phragmén in selection order, or null when a decision was too close to call in
     * doubles (or a tie must be refused: the exact computation reports it).
     */
    static int @Nullable [] select(Profile profile, SupportIndex index, TieBreaking tieBreaking) {
        long[] cost = new long[profile.instance().size()];
        long largest = 0;
        for (int p = 0; p < cost.length; p++) {
            cost[p] = profile.instance().project(p).cost();
            largest = Math.max(largest, cost[p]);
        }
        if (largest >= EXACT_DOUBLE || profile.size() >= EXACT_DOUBLE) {
            return null;
        }
        CertifiedPhragmen run = new CertifiedPhragmen(profile, cost, index, tieBreaking);
        return run.execute() ? Arrays.copyOf(run.selected, run.selectedCount) : null;
    }

    /** Runs to the end; false when uncertain. */
    private boolean execute() {
        while (supportedCount > 0) {
            int winner = bestSupported();
            if (winner < 0) {
                return false;
            }
            if (cost[winner] > remaining) {
                // the only candidate with the minimum load does not fit: the rule stops
                return true;
            }
            supportedCount = IntLists.remove(supported, supportedCount, winner);
            moveSupporters(winner);
            select(winner);
            IntLists.sortBy(supported, supportedCount, value);
        }
        if (unsupportedCount == 0) {
            return true;
        }
        // the projects without supporters are all tied at an infinite load: added by tie-breaking while all fit (only
        // here are tie-breaking ranks needed, so only here are they computed)
        int[] tieRank = ProjectOrder.tieRanks(profile, tieBreaking);
        while (unsupportedCount > 0) {
            if (tieBreaking == TieBreaking.REFUSE && unsupportedCount > 1) {
                return false;
            }
            int winner = -1;
            for (int i = 0; i < unsupportedCount; i++) {
                int p = unsupported[i];
                if (cost[p] > remaining) {
                    return true;
                }
                winner = winner < 0 || tieRank[p] < tieRank[winner] ? p : winner;
            }
            unsupportedCount = IntLists.remove(unsupported, unsupportedCount, winner);
            select(winner);
        }
        return true;
    }

    /** The candidate with the certainly smallest new load, or -1 when that is too close to call. */
    private int bestSupported() {
        int best = -1;
        for (int i = 0; i < supportedCount; i++) {
            int p = supported[i];
            if (best >= 0 && low[p] > high[best]) {
                continue;
            }
            evaluate(p);
            if (best < 0 || value[p] < value[best]) {
                best = p;
            }
        }
        for (int i = 0; i < supportedCount; i++) {
            int q = supported[i];
            if (q != best && low[q] <= high[best]) {
                return -1;
            }
        }
        return best;
    }

    /**
     * Computes the new load of p with its error bound, summing its supporting groups' loads directly: cheaper than
     * keeping per-class counts for every project up to date, since only a few candidates are evaluated per round.
     */
    private void evaluate(int p) {
        double sum = cost[p];
        double errorSum = 0;
        int[] group = index.supporterGroup;
        int[] weight = index.supporterWeight;
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            int k = groupClass[group[i]];
            sum += weight[i] * load[k];
            errorSum += weight[i] * loadError[k];
        }
        int terms = index.supporterStart[p + 1] - index.supporterStart[p] + 1;
        long supporters = index.supporters[p];
        double newLoad = sum / supporters;
        double error = ((errorSum + U * (terms + 1) * sum) / supporters + U * newLoad) * SAFETY + Double.MIN_NORMAL;
        value[p] = newLoad;
        delta[p] = error;
        low[p] = (newLoad - error) * (1 - U);
        high[p] = (newLoad + error) * (1 + U);
    }

    /** Gives the winner's supporters its new load, in a new class. */
    private void moveSupporters(int winner) {
        if (classCount == load.length) {
            load = Arrays.copyOf(load, classCount * 2);
            loadError = Arrays.copyOf(loadError, classCount * 2);
        }
        int to = classCount++;
        load[to] = value[winner];
        loadError[to] = delta[winner];
        for (int i = index.supporterStart[winner]; i < index.supporterStart[winner + 1]; i++) {
            groupClass[index.supporterGroup[i]] = to;
        }
    }

    private void select(int p) {
        remaining -= cost[p];
        selected[selectedCount++] = p;
    }
}
