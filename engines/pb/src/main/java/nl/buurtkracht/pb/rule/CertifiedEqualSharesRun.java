// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run of the Method of Equal Shares in {@code double} arithmetic that proves every decision it takes. Every budget
 * class carries a rigorous bound on the absolute error of its budget; every share ρ·u comes with an error bound; a
 * decision (who pays all, which candidate is cheapest, whether a project is affordable) is only taken when the
 * intervals do not overlap. When a comparison is too close to call, for example an exact tie, the run gives up
 * ({@link #finish} returns false) and the caller reruns {@link EqualSharesRun}, which is exact. A finished run
 * therefore selects exactly what the exact run selects.
 *
 * <p>The data layout follows {@link EqualSharesRun} (budget classes in budget order, lazy evaluation, pruning of
 * classes that support no remaining candidate); only the numbers differ. With several levels the budget order is not
 * kept: nothing reads it there.
 *
 * <p>Error bound of a share: the walk computes s = (c − Σ_S n_i b_i) / M per level over the classes S that pay all
 * they have and the payers, whose levels sum to M; a payer at level l pays s·l. If every class in S certainly has
 * b_i / l_i ≤ s and every payer certainly has b_i / l_i &gt; s, then s solves Σ min(b_i, s·l_i) = c, whose solution
 * is unique, so the exact walk finds the same s; the computed one differs by at most the budgets' errors over S plus
 * the rounding of the sum, divided by M. With one level the walk takes the classes in budget order; with several
 * (points) it finds S by fixpoint over the (class, level) pairs ({@link #solveLevels}): the certificate does not
 * depend on how S was found.
 */
final class CertifiedEqualSharesRun {

    /** Twice the unit roundoff of double: bounds the relative error of one rounded operation, with a margin. */
    private static final double U = 0x1p-52;
    /** Covers the rounding in computing an error bound itself. */
    private static final double SAFETY = 1 + 0x1p-20;
    /** Integers up to this size are exact in a double. */
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final int ZERO_CLASS = 0;

    private final EqualSharesSetup setup;
    private final SupportIndex index;
    private final double[] cost;
    private final double[] multiplier;
    /** The most levels of one project. */
    private final int levels;
    private final double[] slotLevel;

    private int capacity = 64;
    private int classCount;
    private double[] budget = new double[capacity];
    private double[] error = new double[capacity];
    private double maxError;
    private long[] size = new long[capacity];
    private boolean[] zero = new boolean[capacity];
    /** Per class: all ones while it has budget, 0 once it has none (a mask for the branch-free gather). */
    private int[] hasBudget = new int[capacity];
    private long[] liveWeight = new long[capacity];
    /** Per class, the gather that last counted it and its count; the gather being read is {@link #readId}. */
    private int[] stamp = new int[capacity];
    private long[] gathered = new long[capacity];
    private int gatherId;
    private int readId;
    /** The same for the best project of the round so far: kept by swapping arrays, not by copying. */
    private int[] keptStamp = new int[capacity];
    private long[] keptGathered = new long[capacity];
    private int keptId;
    /** Per class paying in this round, the class its payers go to. */
    private int[] targets = new int[capacity];
    private boolean[] moving = new boolean[capacity];
    private int[] order = new int[capacity];
    private int[] spare = new int[capacity];
    private int orderSize;
    // sized with the classes (each holds at most one entry per class), so that no loop has a rare growth branch:
    // the compiler's first version omits such a branch, and taking it later costs a recompilation of the round
    private int[] changed = new int[capacity];
    private int[] moved = new int[capacity];
    private int changedCount;
    private final int[] groupClass;
    private final int[] groupLive;
    /**
     * With several levels, supporters are counted per (class, level) pair instead of per class: the pairs of the last
     * gather, their voters, whether they pay all they have, where their payers go. A project's supporters are laid out
     * level by level, so a class has at most one pair per run of equal levels: {@code classPair}, valid while
     * {@code pairStamp} is the current run.
     */
    private final int[] pairClass;
    private final int[] pairLevel;
    private final long[] pairWeight;
    private final boolean[] paysAll;
    private final int[] pairTarget;
    private int[] pairStamp = new int[capacity];
    private int[] classPair = new int[capacity];
    private int pairRun;
    private int pairCount;
    /** Per supporting group of the project of the last gather (in index order), its pair, or -1 without budget. */
    private final int[] supporterPair;
    /** Per level of the project being paid for: its share and the share's error bound. */
    private final double[] levelShare;
    private final double[] levelShareError;

    private final int[] candidates;
    private int candidateCount;
    /** Per project: the computed ρ, a lower and an upper bound of the exact ρ (the lower bound stays valid later). */
    private final double[] rho;
    private final double[] rhoLow;
    private final double[] rhoHigh;
    /** Per project: the computed equal share ρ·u and a bound on its error. */
    private final double[] share;
    private final double[] shareError;
    /** Per project: the payers of its share when nobody paid all they had (the share is then cost / payers), else 0. */
    private final long[] sharePayers;
    private final int[] evaluatedInRound;
    private int round;

    private final int[] selected;
    private int selectedCount;

    private CertifiedEqualSharesRun(EqualSharesSetup setup) {
        this.setup = setup;
        this.index = setup.index();
        int m = index.projectCount;
        this.cost = new double[m];
        this.multiplier = new double[m];
        for (int p = 0; p < m; p++) {
            cost[p] = setup.cost()[p];
            multiplier[p] = index.multiplier[p];
        }
        this.levels = setup.maxLevels();
        this.slotLevel = new double[index.slotLevel.length];
        for (int slot = 0; slot < slotLevel.length; slot++) {
            slotLevel[slot] = index.slotLevel[slot];
        }
        // a pair holds at least one supporting group of the project
        int pairs = 0;
        for (int p = 0; p < m && levels > 1; p++) {
            pairs = Math.max(pairs, index.supporterStart[p + 1] - index.supporterStart[p]);
        }
        this.pairClass = new int[pairs];
        this.pairLevel = new int[pairs];
        this.pairWeight = new long[pairs];
        this.paysAll = new boolean[pairs];
        this.pairTarget = new int[pairs];
        this.supporterPair = new int[pairs];
        this.levelShare = new double[levels];
        this.levelShareError = new double[levels];
        this.groupClass = new int[index.groupCount];
        this.groupLive = new int[index.groupCount];
        this.candidates = new int[setup.candidates().length];
        this.rho = new double[m];
        this.rhoLow = new double[m];
        this.rhoHigh = new double[m];
        this.share = new double[m];
        this.shareError = new double[m];
        this.sharePayers = new long[m];
        this.evaluatedInRound = new int[m];
        this.selected = new int[setup.freeProjects().length + setup.candidates().length];
    }

    /**
     * A workspace for this setup, or null when doubles cannot represent its inputs exactly (costs, utilities or sums of
     * levels of 2^53 and more): those runs stay exact.
     */
    static CertifiedEqualSharesRun forSetup(EqualSharesSetup setup) {
        if (setup.totalWeight() >= EXACT_DOUBLE) {
            return null;
        }
        SupportIndex index = setup.index();
        for (int p = 0; p < index.projectCount; p++) {
            if (setup.cost()[p] >= EXACT_DOUBLE || index.multiplier[p] >= EXACT_DOUBLE
                    || index.levelSum[p] >= EXACT_DOUBLE) {
                return null;
            }
        }
        return new CertifiedEqualSharesRun(setup);
    }

    /**
     * Resets the workspace for a run with {@code budgetNumerator / budgetDenominator} minor units per voter.
     *
     * @return false when that budget is out of the range of doubles (then run exactly)
     */
    boolean start(BigInteger budgetNumerator, BigInteger budgetDenominator) {
        // BigInteger.doubleValue rounds to nearest: three roundings in all
        double perVoter = budgetNumerator.doubleValue() / budgetDenominator.doubleValue();
        if (!Double.isFinite(perVoter) || perVoter > 0x1p900) {
            return false;
        }
        classCount = 1;
        zero[ZERO_CLASS] = true;
        hasBudget[ZERO_CLASS] = 0;
        budget[ZERO_CLASS] = 0;
        error[ZERO_CLASS] = 0;
        orderSize = 0;
        maxError = 0;
        System.arraycopy(setup.liveProjects(), 0, groupLive, 0, groupLive.length);
        if (budgetNumerator.signum() > 0 && index.groupCount > 0) {
            int everyone = newClass();
            budget[everyone] = perVoter;
            error[everyone] = 2 * U * perVoter;
            maxError = error[everyone];
            Arrays.fill(groupClass, everyone);
            size[everyone] = setup.totalWeight();
            liveWeight[everyone] = setup.totalLiveWeight();
            order[orderSize++] = everyone;
        } else {
            Arrays.fill(groupClass, ZERO_CLASS);
        }
        int[] initial = setup.candidatesByInitialRho();
        System.arraycopy(initial, 0, candidates, 0, initial.length);
        candidateCount = initial.length;
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            // nobody can pay less than an equal split over all supporters: a lower bound for the first round
            rho[p] = cost[p] / multiplier[p] / index.levelSum[p];
            rhoLow[p] = rho[p] * (1 - 4 * U);
        }
        selectedCount = 0;
        for (int p : setup.freeProjects()) {
            selected[selectedCount++] = p;
        }
        return true;
    }

    /**
     * Selects projects until none is affordable, until the selection costs more than {@code costCap}, or until
     * {@code abandoned} is set (then the run is meaningless).
     *
     * @return false when a decision was too close to call: the selection is then incomplete and must be recomputed
     *     exactly
     */
    boolean finish(AtomicBoolean abandoned, long costCap) {
        long spent = 0;
        while (!abandoned.get() && spent <= costCap) {
            int winner = selectRound();
            if (winner == UNCERTAIN) {
                return false;
            }
            if (winner == NONE) {
                return true;
            }
            spent += setup.cost()[winner];
        }
        return true;
    }

    /** The selected projects: free projects first, then in order of selection. */
    int[] selection() {
        return Arrays.copyOf(selected, selectedCount);
    }

    private static final int NONE = -1;
    private static final int UNCERTAIN = -2;

    /** One round: the winner, {@link #NONE} when no candidate is affordable, or {@link #UNCERTAIN}. */
    private int selectRound() {
        round++;
        int best = NONE;
        int kept = 0;
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            if (best != NONE && rhoLow[p] > rhoHigh[best]) {
                // ρ never decreases, so p certainly costs more than best
                candidates[kept++] = p;
                continue;
            }
            int verdict = scan(p);
            if (verdict == UNCERTAIN) {
                return UNCERTAIN;
            }
            if (verdict == NONE) {
                index.retire(p, groupClass, groupLive, liveWeight);
                continue;
            }
            candidates[kept++] = p;
            if (best == NONE || rho[p] < rho[best]) {
                best = p;
                saveGather();
            }
        }
        candidateCount = kept;
        if (best == NONE) {
            return NONE;
        }
        int winner = best;
        for (int i = 0; i < candidateCount; i++) {
            int q = candidates[i];
            if (q != best && rhoLow[q] <= rhoHigh[best]) {
                // too close for doubles: decide exactly if both shares are exact fractions, else give up
                if (!exactShare(q) || !exactShare(best)) {
                    return UNCERTAIN;
                }
                int comparison = compareExactly(q, winner);
                if (comparison == 0 && setup.refuseTies()) {
                    return UNCERTAIN;
                }
                if (comparison < 0 || comparison == 0 && setup.tieRank()[q] < setup.tieRank()[winner]) {
                    winner = q;
                }
            }
        }
        candidateCount = IntLists.remove(candidates, candidateCount, winner);
        if (levels > 1) {
            // the pairs are not kept per candidate: count the winner's again
            gatherLevels(winner);
        } else if (winner == best) {
            restoreGather();
        } else {
            gather(winner);
        }
        pay(winner);
        selected[selectedCount++] = winner;
        // by the computed (stale) ρ: the order only decides which candidates are evaluated first
        IntLists.sortBy(candidates, candidateCount, rho);
        return winner;
    }

    /** Whether p's share was computed this round without anybody paying all they have: then it is cost / payers. */
    private boolean exactShare(int p) {
        return evaluatedInRound[p] == round && sharePayers[p] > 0;
    }

    /** Compares ρ = cost / (payers * multiplier) of two exact shares exactly. */
    private int compareExactly(int p, int q) {
        BigInteger left = BigInteger.valueOf(setup.cost()[p]).multiply(BigInteger.valueOf(sharePayers[q]))
                .multiply(BigInteger.valueOf(index.multiplier[q]));
        BigInteger right = BigInteger.valueOf(setup.cost()[q]).multiply(BigInteger.valueOf(sharePayers[p]))
                .multiply(BigInteger.valueOf(index.multiplier[p]));
        return left.compareTo(right);
    }

    /**
     * Counts the supporters of p per budget class and returns the number of those with budget left. The loop has no
     * branches (a class's count restarts when its stamp is old; classes without budget are counted but never read):
     * on large instances the branches were mispredicted often enough to dominate the run.
     */
    private long gather(int p) {
        int id = ++gatherId;
        readId = id;
        long supporters = 0;
        int[] group = index.supporterGroup;
        int[] weight = index.supporterWeight;
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            int k = groupClass[group[i]];
            int w = weight[i];
            int stale = stamp[k] ^ id;
            long keep = ((stale | -stale) >>> 31) - 1L;
            gathered[k] = (gathered[k] & keep) + w;
            stamp[k] = id;
            supporters += w & hasBudget[k];
        }
        return supporters;
    }

    /** Keeps the last gather, for the project that is the best of the round so far. */
    private void saveGather() {
        swapGathers();
        keptId = readId;
    }

    /** Makes the kept gather current again (no class changed since it was made). */
    private void restoreGather() {
        swapGathers();
        readId = keptId;
    }

    private void swapGathers() {
        int[] stamps = stamp;
        stamp = keptStamp;
        keptStamp = stamps;
        long[] counts = gathered;
        gathered = keptGathered;
        keptGathered = counts;
    }

    /**
     * Computes the equal share of p by walking its supporters' classes from the poorest, with its error bound.
     *
     * @return p when affordable, {@link #NONE} when its supporters certainly cannot pay its cost, {@link #UNCERTAIN}
     */
    private int scan(int p) {
        if (levels > 1) {
            long den = gatherLevels(p);
            return den == 0 ? NONE : solveLevels(p, den);
        }
        long payers = gather(p);
        if (payers == 0) {
            return NONE;
        }
        double remainder = cost[p];
        double errorSum = 0;
        double magnitude = cost[p];
        double saturatedTop = Double.NEGATIVE_INFINITY;
        int steps = 0;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] != readId) {
                continue;
            }
            long c = gathered[k];
            double b = budget[k];
            if (remainder <= b * payers) {
                return certify(p, remainder, payers, errorSum + U * (steps + 2) * magnitude, saturatedTop,
                        b - maxError);
            }
            remainder -= c * b;
            payers -= c;
            errorSum += c * error[k];
            magnitude += c * b;
            saturatedTop = Math.max(saturatedTop, b + error[k]);
            steps++;
        }
        return unaffordable(remainder, errorSum + U * (steps + 2) * magnitude);
    }

    /**
     * The share of a project whose supporters have different levels, by fixpoint instead of a walk in ratio order:
     * every (class, level) pair whose budget / level is below the current share pays all it has, which only raises
     * the share, until no pair is below it. Usually nobody is, and one pass over the pairs suffices.
     */
    private int solveLevels(int p, long totalLevels) {
        int firstSlot = index.slotStart[p];
        long den = totalLevels;
        double remainder = cost[p];
        double errorSum = 0;
        double magnitude = cost[p];
        double saturatedTop = Double.NEGATIVE_INFINITY;
        int steps = 0;
        Arrays.fill(paysAll, 0, pairCount, false);
        while (true) {
            boolean more = false;
            double payerLow = Double.POSITIVE_INFINITY;
            for (int j = 0; j < pairCount; j++) {
                if (paysAll[j]) {
                    continue;
                }
                int k = pairClass[j];
                int slot = firstSlot + pairLevel[j];
                double b = budget[k];
                if (b * den < remainder * slotLevel[slot]) {
                    paysAll[j] = true;
                    more = true;
                    long c = pairWeight[j];
                    remainder -= c * b;
                    den -= c * index.slotLevel[slot];
                    errorSum += c * error[k];
                    magnitude += c * b;
                    saturatedTop = Math.max(saturatedTop, (b + error[k]) / slotLevel[slot] * (1 + 2 * U));
                    steps++;
                } else {
                    payerLow = Math.min(payerLow, b / slotLevel[slot]);
                }
            }
            double remainderError = errorSum + U * (steps + 2) * magnitude;
            if (den == 0) {
                return unaffordable(remainder, remainderError);
            }
            if (!more) {
                // the exact ratio of a payer is at least its computed one less the largest budget error
                return certify(p, remainder, den, remainderError, saturatedTop, payerLow * (1 - 2 * U) - maxError);
            }
        }
    }

    /**
     * Takes s = remainder / den as p's share per level when the path of the walk is proven: every class that paid all
     * it had certainly has a ratio budget / level of at most s (its upper bound {@code saturatedTop}), every payer
     * certainly more ({@code payerLow}). {@code remainderError} bounds the error of the remainder.
     */
    private int certify(int p, double remainder, long den, double remainderError, double saturatedTop,
            double payerLow) {
        double s = remainder / den;
        double delta = (remainderError / den + U * s) * SAFETY + 2 * U * s + Double.MIN_NORMAL;
        if (saturatedTop > s - delta || payerLow <= s + delta) {
            return UNCERTAIN;
        }
        share[p] = s;
        shareError[p] = delta;
        // nobody paid all they had (no saturated top): the share is exactly cost / den. Not remainder == cost: a tiny
        // budget can leave the remainder unchanged in doubles
        sharePayers[p] = saturatedTop == Double.NEGATIVE_INFINITY ? den : 0;
        evaluatedInRound[p] = round;
        rho[p] = s / multiplier[p];
        rhoLow[p] = (s - delta) / multiplier[p] * (1 - U);
        rhoHigh[p] = (s + delta) / multiplier[p] * (1 + U);
        return p;
    }

    /** {@link #NONE} when the supporters certainly cannot pay the remainder, else {@link #UNCERTAIN}. */
    private static int unaffordable(double remainder, double remainderError) {
        double bound = remainderError * SAFETY + Double.MIN_NORMAL;
        return remainder > bound ? NONE : UNCERTAIN;
    }

    /**
     * Counts the supporters of p per class and level (classes with budget only) and returns the sum of their levels,
     * the denominator of the share when nobody pays all they have. Also lists the (class, level) pairs it counted.
     */
    private long gatherLevels(int p) {
        pairCount = 0;
        int firstSlot = index.slotStart[p];
        int firstSupporter = index.supporterStart[p];
        long den = 0;
        int runSlot = -1;
        for (int i = firstSupporter; i < index.supporterStart[p + 1]; i++) {
            int k = groupClass[index.supporterGroup[i]];
            if (zero[k]) {
                supporterPair[i - firstSupporter] = -1;
                continue;
            }
            int slot = index.supporterSlot[i];
            int w = index.supporterWeight[i];
            if (slot != runSlot) {
                runSlot = slot;
                pairRun++;
            }
            int j = pairOf(k, slot - firstSlot);
            supporterPair[i - firstSupporter] = j;
            pairWeight[j] += w;
            den += w * index.slotLevel[slot];
        }
        return den;
    }

    /** The pair of class k at level l in the current run of level l; a new pair has no voters yet. */
    private int pairOf(int k, int l) {
        if (pairStamp[k] == pairRun) {
            return classPair[k];
        }
        int j = pairCount++;
        pairStamp[k] = pairRun;
        classPair[k] = j;
        pairClass[j] = k;
        pairLevel[j] = l;
        pairWeight[j] = 0;
        return j;
    }

    /** Charges the supporters of p the proven share; the certification made "pays all" exact. */
    private void pay(int p) {
        changedCount = 0;
        if (levels == 1) {
            levelShare[0] = share[p];
            levelShareError[0] = shareError[p];
            for (int i = 0; i < orderSize; i++) {
                int k = order[i];
                if (stamp[k] == readId) {
                    int to = charge(k, gathered[k], 0);
                    targets[k] = to;
                }
            }
        } else {
            int firstSlot = index.slotStart[p];
            for (int l = 0; l < index.slotStart[p + 1] - firstSlot; l++) {
                levelShare[l] = share[p] * slotLevel[firstSlot + l];
                levelShareError[l] = (shareError[p] * slotLevel[firstSlot + l] + U * levelShare[l]) * SAFETY;
            }
            for (int j = 0; j < pairCount; j++) {
                pairTarget[j] = charge(pairClass[j], pairWeight[j], pairLevel[j]);
            }
        }
        moveSupporters(p);
        if (levels == 1) {
            // only the walk of one level reads the budget order
            reorder();
        }
    }

    /**
     * Where the c voters of class k at level l go after paying: k itself, a new class or zero. The caller stores the
     * target: newClass may have grown the arrays.
     */
    private int charge(int k, long c, int l) {
        double s = levelShare[l];
        boolean payingAll = budget[k] < s;
        int to;
        if (payingAll) {
            to = c == size[k] ? k : ZERO_CLASS;
            if (to == k) {
                zero[k] = true;
                hasBudget[k] = 0;
                budget[k] = 0;
                error[k] = 0;
            }
        } else {
            to = c == size[k] ? k : newClass();
            double left = budget[k] - s;
            double leftError = (error[k] + levelShareError[l] + U * budget[k]) * SAFETY;
            budget[to] = left;
            error[to] = leftError;
            maxError = Math.max(maxError, leftError);
        }
        if (to != ZERO_CLASS) {
            changed[changedCount++] = to;
        }
        return to;
    }

    /** Moves the supporters of p to the class their payment took them to; p is no longer a candidate. */
    private void moveSupporters(int p) {
        int firstSupporter = index.supporterStart[p];
        for (int i = firstSupporter; i < index.supporterStart[p + 1]; i++) {
            int g = index.supporterGroup[i];
            int from = groupClass[g];
            long w = index.supporterWeight[i];
            int live = --groupLive[g];
            liveWeight[from] -= w;
            // classes without budget are stamped too, but did not pay (or paid all in place)
            if (zero[from] || levels == 1 && stamp[from] != readId) {
                continue;
            }
            int to = levels == 1 ? targets[from] : pairTarget[supporterPair[i - firstSupporter]];
            if (to == from) {
                continue;
            }
            size[from] -= w;
            size[to] += w;
            liveWeight[from] -= w * live;
            liveWeight[to] += w * live;
            groupClass[g] = to;
        }
    }

    private int newClass() {
        if (classCount == capacity) {
            grow();
        }
        zero[classCount] = false;
        hasBudget[classCount] = -1;
        size[classCount] = 0;
        liveWeight[classCount] = 0;
        stamp[classCount] = 0;
        keptStamp[classCount] = 0;
        return classCount++;
    }

    private void grow() {
        int newCapacity = capacity * 2;
        budget = Arrays.copyOf(budget, newCapacity);
        error = Arrays.copyOf(error, newCapacity);
        size = Arrays.copyOf(size, newCapacity);
        zero = Arrays.copyOf(zero, newCapacity);
        hasBudget = Arrays.copyOf(hasBudget, newCapacity);
        liveWeight = Arrays.copyOf(liveWeight, newCapacity);
        stamp = Arrays.copyOf(stamp, newCapacity);
        gathered = Arrays.copyOf(gathered, newCapacity);
        keptStamp = Arrays.copyOf(keptStamp, newCapacity);
        keptGathered = Arrays.copyOf(keptGathered, newCapacity);
        targets = Arrays.copyOf(targets, newCapacity);
        pairStamp = Arrays.copyOf(pairStamp, newCapacity);
        classPair = Arrays.copyOf(classPair, newCapacity);
        moving = Arrays.copyOf(moving, newCapacity);
        order = Arrays.copyOf(order, newCapacity);
        spare = new int[newCapacity];
        changed = Arrays.copyOf(changed, newCapacity);
        moved = new int[newCapacity];
        capacity = newCapacity;
    }

    /**
     * Restores the budget order: classes whose budget changed (or that are new) leave their place and are merged back
     * in. They are already in ascending order among themselves: every payer paid the same share, and rounding is
     * monotone.
     */
    private void reorder() {
        int movedCount = 0;
        for (int i = 0; i < changedCount; i++) {
            int k = changed[i];
            if (!moving[k] && relevant(k)) {
                moved[movedCount++] = k;
            }
            moving[k] = true;
        }
        int kept = 0;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (!moving[k] && relevant(k)) {
                order[kept++] = k;
            }
        }
        for (int i = 0; i < changedCount; i++) {
            moving[changed[i]] = false;
        }
        int i = 0;
        int n = 0;
        for (int j = 0; j < movedCount; j++) {
            int end = firstAbove(order, i, kept, budget[moved[j]]);
            System.arraycopy(order, i, spare, n, end - i);
            n += end - i;
            i = end;
            spare[n++] = moved[j];
        }
        System.arraycopy(order, i, spare, n, kept - i);
        int[] merged = spare;
        spare = order;
        order = merged;
        orderSize = n + kept - i;
    }

    /** The first position in {@code classes[from .. to)} (ascending) with a budget above {@code value}: galloping. */
    private int firstAbove(int[] classes, int from, int to, double value) {
        int step = 1;
        int low = from;
        int high = from;
        while (high < to && budget[classes[high]] <= value) {
            low = high + 1;
            high += step;
            step *= 2;
        }
        high = Math.min(high, to);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (budget[classes[middle]] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether a class still matters: it has budget left and supports a remaining candidate. */
    private boolean relevant(int k) {
        return !zero[k] && liveWeight[k] > 0;
    }
}
