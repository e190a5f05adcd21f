// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.EqualSharesRound;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.UnresolvedTieException;

/**
 * One run of the Method of Equal Shares from a given budget per voter, exact and fast (PB-SPEC.md §4.2, §8).
 *
 * <p>Voters with equal budgets form a <em>budget class</em>; groups of identical ballots always stay together. All
 * budgets share one denominator D, so a budget is an integer numerator, kept as fixed-width limbs ({@link Limbs}); D
 * only grows by the factor needed to pay the selected project exactly. The classes are kept in budget order, so the
 * affordability ρ of a project is found by counting its supporters per class and walking the classes from the poorest
 * (a prefix-sum walk) instead of sorting its supporters. Classes whose voters support no remaining candidate are
 * dropped. Candidates are evaluated lazily: ρ never decreases, so the previous ρ is a lower bound and a candidate is
 * only re-evaluated while that bound is at most the best fresh ρ of the round; candidates with exactly equal ρ are
 * therefore always all found.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = 0;

    private final EqualSharesSetup setup;
    private final SupportIndex index;
    private final boolean explain;
    private final boolean prune;
    private final int levels;

    private BigInteger denominator;
    private final int budgetBits;
    private int limbs;
    private long[] denominatorLimbs;
    private long[] value;
    private int capacity = 64;
    private int classCount;
    private long[] size;
    private boolean[] zero;
    private long[] liveWeight;
    private int[] stamp;
    private int gatherId;
    private long[] gathered;
    private int[] touched = new int[64];
    private int touchedCount;
    private long[] saved = new long[0];
    private int[] savedClasses = new int[0];
    private int savedCount;
    private int[] target;
    private boolean[] moving;
    private final int[] groupClass;
    private final int[] groupLive;
    private int[] order;
    private int orderSize;
    private long[] remainder;
    private long[] left;
    private long[] right;
    private long[] share;
    private long[] product;
    private int epoch;
    private int[] classEpoch;
    private long[][] scaleSince = new long[64][];
    private int[] scaleLength = new int[64];

    private final int[] candidates;
    private int candidateCount;
    private final BigInteger[] rhoNumerator;
    private final BigInteger[] rhoDenominator;
    private final long[] rhoLevelDenominator;
    private BigInteger scanRemainder = BigInteger.ZERO;
    private long scanDenominator;

    private final int[] selected;
    private int selectedCount;
    private final List<EqualSharesRound> rounds = new ArrayList<>();

    private EqualSharesRun(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain) {
        this.setup = setup;
        this.index = setup.index();
        this.explain = explain;
        this.prune = !explain;
        this.levels = setup.maxLevels();
        this.denominator = budgetDenominator;
        this.budgetBits = budgetNumerator.divide(budgetDenominator).bitLength() + 1;
        this.limbs = limbsFor(denominator);
        this.denominatorLimbs = new long[limbs];
        Limbs.set(denominator, denominatorLimbs, 0, limbs);
        this.value = new long[capacity * limbs];
        this.size = new long[capacity];
        this.zero = new boolean[capacity];
        this.liveWeight = new long[capacity];
        this.stamp = new int[capacity];
        this.gathered = new long[capacity * levels];
        this.target = new int[capacity * levels];
        this.moving = new boolean[capacity];
        this.classEpoch = new int[capacity];
        this.order = new int[capacity];
        this.groupClass = new int[index.groupCount];
        this.groupLive = setup.liveProjects().clone();
        allocateScratch();
        scaleSince[0] = new long[limbs];
        scaleSince[0][0] = 1;
        scaleLength[0] = 1;
        zero[ZERO_CLASS] = true;
        classCount = 1;
        if (budgetNumerator.signum() > 0 && index.groupCount > 0) {
            int everyone = newClass();
            Limbs.set(budgetNumerator, value, everyone * limbs, limbs);
            Arrays.fill(groupClass, everyone);
            for (int g = 0; g < index.groupCount; g++) {
                size[everyone] += index.weight[g];
                liveWeight[everyone] += (long) index.weight[g] * groupLive[g];
            }
            order[orderSize++] = everyone;
        }
        int m = index.projectCount;
        this.rhoNumerator = new BigInteger[m];
        this.rhoDenominator = new BigInteger[m];
        this.rhoLevelDenominator = new long[m];
        this.candidates = setup.candidates().clone();
        this.candidateCount = candidates.length;
        for (int p : candidates) {
            rhoNumerator[p] = BigInteger.valueOf(setup.cost()[p]).multiply(denominator);
            rhoDenominator[p] = BigInteger.valueOf(index.levelSum[p]).multiply(BigInteger.valueOf(index.multiplier[p]));
        }
        sortCandidates();
        this.selected = new int[setup.freeProjects().length + candidates.length];
        for (int p : setup.freeProjects()) {
            selected[selectedCount++] = p;
        }
    }

    /**
     * Runs MES with a budget of {@code budgetNumerator / budgetDenominator} minor units per voter.
     *
     * @param explain whether to record the rounds (for {@link #phase})
     */
    static EqualSharesRun run(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain) {
        return run(setup, budgetNumerator, budgetDenominator, explain, new AtomicBoolean());
    }

    /** Runs MES, stopping early (with a meaningless selection) once {@code abandoned} is set. */
    static EqualSharesRun run(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain, AtomicBoolean abandoned) {
        EqualSharesRun run = new EqualSharesRun(setup, budgetNumerator, budgetDenominator, explain);
        while (!abandoned.get() && run.selectRound()) {
            // every round selects one project until none is affordable
        }
        return run;
    }

    /** The selected projects: free projects first, then in order of selection. */
    int[] selection() {
        return Arrays.copyOf(selected, selectedCount);
    }

    private boolean selectRound() {
        int[] tied = new int[candidateCount];
        int tiedCount = 0;
        int best = -1;
        int kept = 0;
        boolean pastBound = false;
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            pastBound = pastBound || (best >= 0 && compareRho(p, best) > 0);
            if (pastBound) {
                candidates[kept++] = p;
                continue;
            }
            if (!scan(p)) {
                retire(p);
                continue;
            }
            rhoNumerator[p] = scanRemainder;
            rhoDenominator[p] = BigInteger.valueOf(scanDenominator).multiply(BigInteger.valueOf(index.multiplier[p]));
            rhoLevelDenominator[p] = scanDenominator;
            candidates[kept++] = p;
            int comparison = best < 0 ? -1 : compareRho(p, best);
            if (comparison < 0) {
                best = p;
                tiedCount = 0;
                saveGather();
            }
            if (comparison <= 0) {
                tied[tiedCount++] = p;
            }
        }
        candidateCount = kept;
        if (best < 0) {
            return false;
        }
        int winner = breakTie(tied, tiedCount);
        removeCandidate(winner);
        if (winner == best) {
            restoreGather();
        } else {
            gather(winner);
        }
        pay(winner, rhoNumerator[winner], rhoLevelDenominator[winner]);
        selected[selectedCount++] = winner;
        sortCandidates();
        return true;
    }

    private int breakTie(int[] tied, int tiedCount) {
        int winner = tied[0];
        for (int i = 1; i < tiedCount; i++) {
            if (setup.tieRank()[tied[i]] < setup.tieRank()[winner]) {
                winner = tied[i];
            }
        }
        if (tiedCount > 1 && setup.refuseTies()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < tiedCount; i++) {
                ids.add(setup.id(tied[i]));
            }
            throw new UnresolvedTieException(ids);
        }
        return winner;
    }

    /** Compares ρ(p) and ρ(q): {@code rhoNumerator / (D * rhoDenominator)}, both over the current D. */
    private int compareRho(int p, int q) {
        return rhoNumerator[p].multiply(rhoDenominator[q]).compareTo(rhoNumerator[q].multiply(rhoDenominator[p]));
    }

    /**
     * Records that a project is no longer a candidate, so that classes whose voters support no remaining candidate
     * can be dropped at the next reorder (not when explaining: the rejections need every budget).
     */
    private void retire(int p) {
        if (!prune) {
            return;
        }
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            int g = index.supporterGroup[i];
            groupLive[g]--;
            liveWeight[groupClass[g]] -= index.supporterWeight[i];
        }
    }

    private void removeCandidate(int project) {
        int kept = 0;
        for (int i = 0; i < candidateCount; i++) {
            if (candidates[i] != project) {
                candidates[kept++] = candidates[i];
            }
        }
        candidateCount = kept;
    }

    /** Insertion sort by (stale) ρ: after a round only re-evaluated candidates moved, and only upwards. */
    private void sortCandidates() {
        for (int i = 1; i < candidateCount; i++) {
            int p = candidates[i];
            int j = i - 1;
            while (j >= 0 && compareRho(candidates[j], p) > 0) {
                candidates[j + 1] = candidates[j];
                j--;
            }
            candidates[j + 1] = p;
        }
    }

    /**
     * Counts the supporters of p per budget class and level (classes with budget left only).
     *
     * @return the sum of their levels, the denominator of ρ when nobody is short of money
     */
    private long gather(int p) {
        gatherId++;
        touchedCount = 0;
        int firstSlot = index.slotStart[p];
        long den = 0;
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            int k = groupClass[index.supporterGroup[i]];
            if (zero[k]) {
                continue;
            }
            if (stamp[k] != gatherId) {
                stamp[k] = gatherId;
                for (int l = k * levels; l < k * levels + levels; l++) {
                    gathered[l] = 0;
                }
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = k;
            }
            int level = levels == 1 ? 0 : index.supporterSlot[i] - firstSlot;
            int w = index.supporterWeight[i];
            gathered[k * levels + level] += w;
            den += w * index.slotLevel[firstSlot + level];
        }
        return den;
    }

    /** Keeps the last gather, for the project that is the best of the round so far. */
    private void saveGather() {
        if (saved.length < touchedCount * levels) {
            saved = new long[touchedCount * levels * 2];
            savedClasses = new int[touchedCount * 2];
        }
        for (int i = 0; i < touchedCount; i++) {
            int k = touched[i];
            savedClasses[i] = k;
            System.arraycopy(gathered, k * levels, saved, i * levels, levels);
        }
        savedCount = touchedCount;
    }

    /** Makes the saved gather current again (no class changed since it was made). */
    private void restoreGather() {
        gatherId++;
        for (int i = 0; i < savedCount; i++) {
            int k = savedClasses[i];
            stamp[k] = gatherId;
            System.arraycopy(saved, i * levels, gathered, k * levels, levels);
        }
    }

    /**
     * Computes ρ of project p: walks its supporters' budget classes from poorest to richest; a class that cannot pay
     * the equal share pays all it has. On success ρ per level is {@code scanRemainder / (D * scanDenominator)}.
     *
     * @return false if the supporters together cannot pay the cost
     */
    private boolean scan(int p) {
        long den = gather(p);
        if (den == 0) {
            return false;
        }
        Arrays.fill(remainder, 0);
        Limbs.multiplyInto(denominatorLimbs, 0, limbs, setup.cost()[p], remainder);
        int firstSlot = index.slotStart[p];
        int slots = index.slotStart[p + 1] - firstSlot;
        if (slots == 1) {
            long level = index.slotLevel[firstSlot];
            for (int i = 0; i < orderSize; i++) {
                int k = order[i];
                if (stamp[k] == gatherId) {
                    long c = gathered[k * levels];
                    if (canPay(k, level, den)) {
                        return found(den);
                    }
                    remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, at(k), limbs, c);
                    den -= c * level;
                }
            }
            return false;
        }
        return scanLevels(firstSlot, slots, den);
    }

    /** The walk for a project whose supporters have different levels: a merge of the levels by budget / level. */
    private boolean scanLevels(int firstSlot, int slots, long denStart) {
        int[][] lists = new int[slots][orderSize];
        int[] lengths = new int[slots];
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] == gatherId) {
                for (int l = 0; l < slots; l++) {
                    if (gathered[k * levels + l] > 0) {
                        lists[l][lengths[l]++] = k;
                    }
                }
            }
        }
        long den = denStart;
        int[] position = new int[slots];
        while (true) {
            int bestLevel = -1;
            for (int l = 0; l < slots; l++) {
                if (position[l] < lengths[l] && (bestLevel < 0 || ratioBelow(lists[l][position[l]],
                        index.slotLevel[firstSlot + l], lists[bestLevel][position[bestLevel]],
                        index.slotLevel[firstSlot + bestLevel]))) {
                    bestLevel = l;
                }
            }
            if (bestLevel < 0) {
                return false;
            }
            int k = lists[bestLevel][position[bestLevel]++];
            long level = index.slotLevel[firstSlot + bestLevel];
            if (canPay(k, level, den)) {
                return found(den);
            }
            long c = gathered[k * levels + bestLevel];
            remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, at(k), limbs, c);
            den -= c * level;
        }
    }

    /** Whether budget(a) / levelA &lt; budget(b) / levelB. */
    private boolean ratioBelow(int a, long levelA, int b, long levelB) {
        Limbs.multiplyInto(value, at(a), limbs, levelB, left);
        Limbs.multiplyInto(value, at(b), limbs, levelA, right);
        return Limbs.compare(left, 0, right, 0, limbs + 1) < 0;
    }

    /** Whether class k can pay the equal share at this level: {@code remainder * level <= budget * den}. */
    private boolean canPay(int k, long level, long den) {
        Limbs.multiplyInto(value, at(k), limbs, den, right);
        right[limbs + 1] = 0;
        if (level == 1) {
            return Limbs.compare(remainder, 0, right, 0, limbs + 2) <= 0;
        }
        Limbs.multiplyInto(remainder, 0, limbs + 1, level, left);
        return Limbs.compare(left, 0, right, 0, limbs + 2) <= 0;
    }

    private boolean found(long den) {
        scanRemainder = Limbs.value(remainder, 0, limbs + 1);
        scanDenominator = den;
        return true;
    }

    /** Charges the supporters of p at {@code remainder / (D * den)} per level and splits budget classes. */
    private void pay(int p, BigInteger remainderValue, long den) {
        BigInteger oldDenominator = denominator;
        long gcd = gcd(den, remainderValue.mod(BigInteger.valueOf(den)).longValue());
        long factor = den / gcd;
        BigInteger perLevel = remainderValue.divide(BigInteger.valueOf(gcd));
        if (factor != 1) {
            rescale(factor);
        }
        int firstSlot = index.slotStart[p];
        int slots = index.slotStart[p + 1] - firstSlot;
        long[][] shares = new long[slots][limbs];
        for (int l = 0; l < slots; l++) {
            Limbs.set(perLevel.multiply(BigInteger.valueOf(index.slotLevel[firstSlot + l])), shares[l], 0, limbs);
        }
        long payers = 0;
        long payingAll = 0;
        int[] changed = new int[16];
        int changedCount = 0;
        int paying = 0;
        int[] payingClasses = new int[16];
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] != gatherId) {
                continue;
            }
            if (paying == payingClasses.length) {
                payingClasses = Arrays.copyOf(payingClasses, paying * 2);
            }
            payingClasses[paying++] = k;
            for (int l = 0; l < slots; l++) {
                long c = gathered[k * levels + l];
                if (c == 0) {
                    continue;
                }
                boolean payingAllTheyHave = Limbs.compare(value, at(k), shares[l], 0, limbs) <= 0;
                payers += c;
                payingAll += payingAllTheyHave ? c : 0;
                int to;
                if (c == size[k]) {
                    to = k;
                    if (payingAllTheyHave) {
                        zero[k] = true;
                    } else {
                        Limbs.subtract(value, k * limbs, shares[l], 0, limbs);
                    }
                } else if (payingAllTheyHave) {
                    to = ZERO_CLASS;
                } else {
                    to = newClass();
                    System.arraycopy(value, at(k), value, to * limbs, limbs);
                    Limbs.subtract(value, to * limbs, shares[l], 0, limbs);
                }
                target[k * levels + l] = to;
                if (changedCount == changed.length) {
                    changed = Arrays.copyOf(changed, changedCount * 2);
                }
                changed[changedCount++] = to;
            }
        }
        moveSupporters(p);
        reorder(changed, changedCount, slots > 1);
        if (explain) {
            record(p, remainderValue, den, oldDenominator, payers, payingAll);
        }
    }

    /**
     * Moves the supporters of p to the class their payment took them to, and records that p is no longer a candidate
     * (see {@link #retire}).
     */
    private void moveSupporters(int p) {
        int firstSlot = index.slotStart[p];
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            int g = index.supporterGroup[i];
            int from = groupClass[g];
            long w = index.supporterWeight[i];
            int live = prune ? --groupLive[g] : 0;
            liveWeight[from] -= prune ? w : 0;
            if (stamp[from] != gatherId) {
                continue;
            }
            int to = target[from * levels + (levels == 1 ? 0 : index.supporterSlot[i] - firstSlot)];
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

    /** Multiplies D and every budget by {@code factor}, widening the limbs first if needed. */
    private void rescale(long factor) {
        BigInteger f = BigInteger.valueOf(factor);
        denominator = denominator.multiply(f);
        int needed = limbsFor(denominator);
        if (needed > limbs) {
            widen(needed + 1);
        }
        Limbs.multiply(denominatorLimbs, 0, limbs, factor);
        if (epoch + 1 == scaleSince.length) {
            scaleSince = Arrays.copyOf(scaleSince, scaleSince.length * 2);
            scaleLength = Arrays.copyOf(scaleLength, scaleLength.length * 2);
        }
        for (int e = 0; e <= epoch; e++) {
            Limbs.multiply(scaleSince[e], 0, limbs, factor);
            scaleLength[e] = Limbs.significant(scaleSince[e], 0, limbs);
        }
        epoch++;
        scaleSince[epoch] = new long[limbs];
        scaleSince[epoch][0] = 1;
        scaleLength[epoch] = 1;
        for (int i = 0; i < candidateCount; i++) {
            rhoNumerator[candidates[i]] = rhoNumerator[candidates[i]].multiply(f);
        }
    }

    /**
     * The offset of class k's budget over the current D. Budgets are rescaled lazily: a class stores the epoch of its
     * numerator, and is multiplied by the factors since then only when it is read, so classes that are not read in a
     * round cost nothing.
     */
    private int at(int k) {
        int e = classEpoch[k];
        if (e != epoch) {
            if (scaleLength[e] == 1) {
                Limbs.multiply(value, k * limbs, limbs, scaleSince[e][0]);
            } else {
                Limbs.multiply(value, k * limbs, limbs, scaleSince[e], scaleLength[e], product);
            }
            classEpoch[k] = epoch;
        }
        return k * limbs;
    }

    /** Enough limbs for every budget (at most the initial budget times D) with one limb of headroom. */
    private int limbsFor(BigInteger d) {
        return (d.bitLength() + budgetBits) / 64 + 2;
    }

    /** Widens the budgets to more limbs; callers widen ahead of need so that this copying stays rare. */
    private void widen(int newLimbs) {
        long[] widened = new long[capacity * newLimbs];
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            System.arraycopy(value, k * limbs, widened, k * newLimbs, limbs);
        }
        value = widened;
        denominatorLimbs = Arrays.copyOf(denominatorLimbs, newLimbs);
        for (int e = 0; e <= epoch; e++) {
            scaleSince[e] = Arrays.copyOf(scaleSince[e], newLimbs);
        }
        limbs = newLimbs;
        allocateScratch();
    }

    private void allocateScratch() {
        product = new long[limbs];
        remainder = new long[limbs + 2];
        left = new long[limbs + 2];
        right = new long[limbs + 2];
        share = new long[limbs];
    }

    private int newClass() {
        if (classCount == capacity) {
            grow();
        }
        zero[classCount] = false;
        size[classCount] = 0;
        liveWeight[classCount] = 0;
        stamp[classCount] = 0;
        classEpoch[classCount] = epoch;
        return classCount++;
    }

    private void grow() {
        int newCapacity = capacity * 2;
        value = Arrays.copyOf(value, newCapacity * limbs);
        size = Arrays.copyOf(size, newCapacity);
        zero = Arrays.copyOf(zero, newCapacity);
        liveWeight = Arrays.copyOf(liveWeight, newCapacity);
        stamp = Arrays.copyOf(stamp, newCapacity);
        gathered = Arrays.copyOf(gathered, newCapacity * levels);
        target = Arrays.copyOf(target, newCapacity * levels);
        moving = Arrays.copyOf(moving, newCapacity);
        classEpoch = Arrays.copyOf(classEpoch, newCapacity);
        order = Arrays.copyOf(order, newCapacity);
        capacity = newCapacity;
    }

    /**
     * Restores the budget order: classes whose budget changed (or that are new) leave their place and are merged back
     * in. With one level they are already in ascending order, because every payer paid the same share.
     */
    private void reorder(int[] changed, int changedCount, boolean severalLevels) {
        int[] moved = new int[changedCount];
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
        if (severalLevels) {
            sortByBudget(moved, movedCount);
        }
        int[] merged = new int[capacity];
        int i = 0;
        int n = 0;
        for (int j = 0; j < movedCount; j++) {
            int end = firstAbove(order, i, kept, moved[j]);
            System.arraycopy(order, i, merged, n, end - i);
            n += end - i;
            i = end;
            merged[n++] = moved[j];
        }
        System.arraycopy(order, i, merged, n, kept - i);
        order = merged;
        orderSize = n + kept - i;
    }

    /**
     * The first position in {@code classes[from .. to)} (ascending by budget) whose budget is above that of class k,
     * found by galloping then binary search, so that merging few classes into many costs few comparisons.
     */
    private int firstAbove(int[] classes, int from, int to, int k) {
        int step = 1;
        int low = from;
        int high = from;
        while (high < to && Limbs.compare(value, at(classes[high]), value, at(k), limbs) <= 0) {
            low = high + 1;
            high += step;
            step *= 2;
        }
        high = Math.min(high, to);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Limbs.compare(value, at(classes[middle]), value, at(k), limbs) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether a class still matters: it has budget left and supports a remaining candidate. */
    private boolean relevant(int k) {
        return !zero[k] && (!prune || liveWeight[k] > 0);
    }

    private void sortByBudget(int[] classes, int n) {
        for (int i = 1; i < n; i++) {
            int k = classes[i];
            int j = i - 1;
            while (j >= 0 && Limbs.compare(value, at(classes[j]), value, at(k), limbs) > 0) {
                classes[j + 1] = classes[j];
                j--;
            }
            classes[j + 1] = k;
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private void record(int p, BigInteger remainderValue, long den, BigInteger atDenominator, long payers,
            long payingAll) {
        BigInteger perLevel = atDenominator.multiply(BigInteger.valueOf(den));
        long topLevel = index.slotLevel[index.slotStart[p + 1] - 1];
        boolean single = index.slotStart[p + 1] - index.slotStart[p] == 1;
        Rational rho = Rational.of(remainderValue, perLevel.multiply(BigInteger.valueOf(index.multiplier[p])));
        Rational fullShare = single ? Rational.of(remainderValue.multiply(BigInteger.valueOf(topLevel)), perLevel) : rho;
        rounds.add(new EqualSharesRound(rounds.size() + 1, setup.id(p), setup.cost()[p], rho, fullShare, payers,
                payingAll, Rational.of(setup.cost()[p])));
    }

    /** The budgets the supporters of p have left, summed, in minor units. */
    private Rational supportersBudget(int p) {
        gather(p);
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] == gatherId) {
                long supporters = 0;
                for (int l = 0; l < levels; l++) {
                    supporters += gathered[k * levels + l];
                }
                total = total.add(Limbs.value(value, at(k), limbs).multiply(BigInteger.valueOf(supporters)));
            }
        }
        return Rational.of(total, denominator);
    }

    /** Verdicts for every project this run did not select. */
    private List<Rejection> rejections() {
        boolean[] isSelected = Selection.mask(index.projectCount, selection());
        List<Rejection> rejections = new ArrayList<>();
        for (int p = 0; p < index.projectCount; p++) {
            if (!isSelected[p]) {
                long cost = setup.cost()[p];
                rejections.add(index.supporters[p] == 0
                        ? new Rejection(setup.id(p), cost, Reason.NO_SUPPORTERS, Rational.ZERO)
                        : new Rejection(setup.id(p), cost, Reason.SUPPORTERS_BUDGET_EXHAUSTED, supportersBudget(p)));
            }
        }
        return rejections;
    }

    /** This run as an explanation phase; the run must have been made with {@code explain}. */
    Explanation.EqualShares phase(Rational budgetPerVoter, int runs, Explanation.StopReason stop) {
        List<String> free = new ArrayList<>();
        for (int p : setup.freeProjects()) {
            free.add(setup.id(p));
        }
        return new Explanation.EqualShares(setup.satisfaction(), budgetPerVoter, runs, stop, free, rounds, rejections());
    }
}
