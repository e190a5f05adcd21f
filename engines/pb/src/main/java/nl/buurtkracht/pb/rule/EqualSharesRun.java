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
 * <p>Voters with equal budgets form a <em>budget class</em>. All budgets share one denominator D, so a budget is an
 * integer numerator, kept as fixed-width limbs ({@link Limbs}); D only grows by the factor needed to pay the selected
 * project exactly. For each class the run counts its supporters of every (project, level) slot, and per slot a bitset
 * marks the classes that have any, so the affordability ρ of a project is found by walking the classes in budget
 * order (a prefix-sum walk) instead of sorting its supporters. Candidates are evaluated lazily: ρ never decreases, so
 * the previous ρ is a lower bound and a candidate is only re-evaluated while that bound is at most the best fresh ρ of
 * the round; candidates with exactly equal ρ are therefore always all found.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = 0;

    private final EqualSharesSetup setup;
    private final SupportIndex index;
    private final boolean explain;
    private final int slots;

    private BigInteger denominator;
    private final int budgetBits;
    private int limbs;
    private long[] denominatorLimbs;
    private long[] value;
    private int capacity = 64;
    private int classCount;
    private int[] size;
    private boolean[] zero;
    private int[] count;
    private int words;
    private long[] bits;
    private final long[] active;
    private final boolean prune;
    private final boolean[] liveSlot;
    private long[] liveWeight;
    private final int[] groupClass;
    private int[] order;
    private int orderSize;
    private int[] target;
    private boolean[] moving;
    private long[] remainder;
    private long[] left;
    private long[] right;
    private long[] share;

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
        this.slots = index.slotLevel.length;
        this.denominator = budgetDenominator;
        this.budgetBits = budgetNumerator.divide(budgetDenominator).bitLength() + 1;
        this.limbs = limbsFor(denominator);
        this.denominatorLimbs = new long[limbs];
        Limbs.set(denominator, denominatorLimbs, 0, limbs);
        this.value = new long[capacity * limbs];
        this.size = new int[capacity];
        this.zero = new boolean[capacity];
        this.count = new int[capacity * slots];
        this.words = capacity >> 6;
        this.bits = new long[Math.max(1, slots * words)];
        this.active = new long[slots];
        this.prune = !explain;
        this.liveSlot = new boolean[slots];
        this.liveWeight = new long[capacity];
        for (int p : setup.candidates()) {
            Arrays.fill(liveSlot, index.slotStart[p], index.slotStart[p + 1], true);
        }
        this.groupClass = new int[index.groupCount];
        this.order = new int[capacity];
        this.target = new int[capacity];
        this.moving = new boolean[capacity];
        allocateScratch();
        zero[ZERO_CLASS] = true;
        classCount = 1;
        if (budgetNumerator.signum() > 0) {
            int everyone = newClass();
            Limbs.set(budgetNumerator, value, everyone * limbs, limbs);
            Arrays.fill(groupClass, everyone);
            for (int g = 0; g < index.groupCount; g++) {
                size[everyone] += index.weight[g];
                for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                    addCount(everyone, index.groupSlot[e], index.weight[g]);
                    active[index.groupSlot[e]] += index.weight[g];
                }
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
        retire(winner);
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
     * Marks the slots of a project that is no longer a candidate as dead. Classes that support no live slot any more
     * can never matter again and are dropped at the next reorder (not when explaining: rejections need them).
     */
    private void retire(int p) {
        if (!prune) {
            return;
        }
        for (int s = index.slotStart[p]; s < index.slotStart[p + 1]; s++) {
            liveSlot[s] = false;
            int row = s * words;
            for (int w = 0; w < words; w++) {
                for (long word = bits[row + w]; word != 0; word &= word - 1) {
                    int k = (w << 6) + Long.numberOfTrailingZeros(word);
                    liveWeight[k] -= count[k * slots + s];
                }
            }
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
     * Computes ρ of project p: walks its supporters' budget classes from poorest to richest; a class that cannot pay
     * the equal share pays all it has. On success ρ per level is {@code scanRemainder / (D * scanDenominator)}.
     *
     * @return false if the supporters together cannot pay the cost
     */
    private boolean scan(int p) {
        int firstSlot = index.slotStart[p];
        int lastSlot = index.slotStart[p + 1];
        long den = 0;
        for (int s = firstSlot; s < lastSlot; s++) {
            den += index.slotLevel[s] * active[s];
        }
        if (den == 0) {
            return false;
        }
        Arrays.fill(remainder, 0);
        Limbs.multiplyInto(denominatorLimbs, 0, limbs, setup.cost()[p], remainder);
        if (lastSlot - firstSlot == 1) {
            return scanSingleLevel(firstSlot, den);
        }
        return scanLevels(firstSlot, lastSlot, den);
    }

    private boolean scanSingleLevel(int slot, long denStart) {
        long den = denStart;
        long level = index.slotLevel[slot];
        int row = slot * words;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if ((bits[row + (k >>> 6)] & (1L << k)) == 0) {
                continue;
            }
            int c = count[k * slots + slot];
            if (canPay(k, level, den)) {
                return found(den);
            }
            remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, k * limbs, limbs, c);
            den -= c * level;
        }
        return false;
    }

    /** The walk for a project whose supporters have different levels: a merge of the slots by budget / level. */
    private boolean scanLevels(int firstSlot, int lastSlot, long denStart) {
        long den = denStart;
        int[] position = new int[lastSlot - firstSlot];
        while (true) {
            int bestSlot = -1;
            int bestClass = -1;
            for (int s = firstSlot; s < lastSlot; s++) {
                int row = s * words;
                int at = position[s - firstSlot];
                while (at < orderSize && (bits[row + (order[at] >>> 6)] & (1L << order[at])) == 0) {
                    at++;
                }
                position[s - firstSlot] = at;
                if (at < orderSize && (bestSlot < 0 || ratioBelow(order[at], index.slotLevel[s], bestClass,
                        index.slotLevel[bestSlot]))) {
                    bestSlot = s;
                    bestClass = order[at];
                }
            }
            if (bestSlot < 0) {
                return false;
            }
            position[bestSlot - firstSlot]++;
            long level = index.slotLevel[bestSlot];
            if (canPay(bestClass, level, den)) {
                return found(den);
            }
            int c = count[bestClass * slots + bestSlot];
            remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, bestClass * limbs, limbs, c);
            den -= c * level;
        }
    }

    /** Whether budget(a) / levelA &lt; budget(b) / levelB. */
    private boolean ratioBelow(int a, long levelA, int b, long levelB) {
        Limbs.multiplyInto(value, a * limbs, limbs, levelB, left);
        Limbs.multiplyInto(value, b * limbs, limbs, levelA, right);
        return Limbs.compare(left, 0, right, 0, limbs + 1) < 0;
    }

    /** Whether class k can pay the equal share at this level: {@code remainder * level <= budget * den}. */
    private boolean canPay(int k, long level, long den) {
        Limbs.multiplyInto(value, k * limbs, limbs, den, right);
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
        long payers = 0;
        long payingAll = 0;
        int[] changed = new int[16];
        int changedCount = 0;
        for (int s = index.slotStart[p]; s < index.slotStart[p + 1]; s++) {
            Limbs.set(perLevel.multiply(BigInteger.valueOf(index.slotLevel[s])), share, 0, limbs);
            int[] paying = payingClasses(s);
            for (int k : paying) {
                int c = count[k * slots + s];
                boolean payingAllTheyHave = Limbs.compare(value, k * limbs, share, 0, limbs) <= 0;
                payers += c;
                payingAll += payingAllTheyHave ? c : 0;
                if (c == size[k]) {
                    target[k] = k;
                    if (payingAllTheyHave) {
                        makeZero(k);
                    } else {
                        Limbs.subtract(value, k * limbs, share, 0, limbs);
                    }
                } else if (payingAllTheyHave) {
                    target[k] = ZERO_CLASS;
                } else {
                    int split = newClass();
                    System.arraycopy(value, k * limbs, value, split * limbs, limbs);
                    Limbs.subtract(value, split * limbs, share, 0, limbs);
                    target[k] = split;
                }
                if (changedCount == changed.length) {
                    changed = Arrays.copyOf(changed, changedCount * 2);
                }
                changed[changedCount++] = target[k];
            }
            moveSupporters(p, s);
            for (int k : paying) {
                target[k] = 0;
            }
        }
        reorder(changed, changedCount, index.slotStart[p + 1] - index.slotStart[p] > 1);
        if (explain) {
            record(p, remainderValue, den, oldDenominator, payers, payingAll);
        }
    }

    /** Multiplies D and every budget by {@code factor}, widening the limbs first if needed. */
    private void rescale(long factor) {
        BigInteger f = BigInteger.valueOf(factor);
        denominator = denominator.multiply(f);
        int needed = limbsFor(denominator);
        if (needed > limbs) {
            widen(needed);
        }
        Limbs.multiply(denominatorLimbs, 0, limbs, factor);
        for (int i = 0; i < orderSize; i++) {
            Limbs.multiply(value, order[i] * limbs, limbs, factor);
        }
        for (int i = 0; i < candidateCount; i++) {
            rhoNumerator[candidates[i]] = rhoNumerator[candidates[i]].multiply(f);
        }
    }

    /** Enough limbs for every budget (at most the initial budget times D) with one limb of headroom. */
    private int limbsFor(BigInteger d) {
        return (d.bitLength() + budgetBits) / 64 + 2;
    }

    private void widen(int newLimbs) {
        long[] widened = new long[capacity * newLimbs];
        for (int k = 0; k < classCount; k++) {
            System.arraycopy(value, k * limbs, widened, k * newLimbs, limbs);
        }
        value = widened;
        denominatorLimbs = Arrays.copyOf(denominatorLimbs, newLimbs);
        limbs = newLimbs;
        allocateScratch();
    }

    private void allocateScratch() {
        remainder = new long[limbs + 2];
        left = new long[limbs + 2];
        right = new long[limbs + 2];
        share = new long[limbs];
    }

    private int[] payingClasses(int slot) {
        int[] paying = new int[orderSize];
        int n = 0;
        int row = slot * words;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if ((bits[row + (k >>> 6)] & (1L << k)) != 0) {
                paying[n++] = k;
            }
        }
        return Arrays.copyOf(paying, n);
    }

    private void moveSupporters(int p, int slot) {
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            if (index.supporterSlot[i] != slot) {
                continue;
            }
            int g = index.supporterGroup[i];
            int from = groupClass[g];
            if (zero[from] || target[from] == from) {
                continue;
            }
            int to = target[from];
            int w = index.weight[g];
            for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                int s = index.groupSlot[e];
                if (prune && !liveSlot[s]) {
                    continue;
                }
                addCount(from, s, -w);
                if (to == ZERO_CLASS) {
                    active[s] -= w;
                } else {
                    addCount(to, s, w);
                }
            }
            size[from] -= w;
            size[to] += w;
            groupClass[g] = to;
        }
    }

    private void addCount(int k, int slot, int delta) {
        int at = k * slots + slot;
        int before = count[at];
        count[at] = before + delta;
        if (liveSlot[slot]) {
            liveWeight[k] += delta;
        }
        if (before == 0 || before + delta == 0) {
            bits[slot * words + (k >>> 6)] ^= 1L << k;
        }
    }

    private void makeZero(int k) {
        zero[k] = true;
        for (int s = 0; s < slots; s++) {
            if (!prune || liveSlot[s]) {
                active[s] -= count[k * slots + s];
            }
        }
    }

    private int newClass() {
        if (classCount == capacity) {
            grow();
        }
        zero[classCount] = false;
        size[classCount] = 0;
        liveWeight[classCount] = 0;
        return classCount++;
    }

    private void grow() {
        int newCapacity = capacity * 2;
        int newWords = newCapacity >> 6;
        long[] newBits = new long[Math.max(1, slots * newWords)];
        for (int s = 0; s < slots; s++) {
            System.arraycopy(bits, s * words, newBits, s * newWords, words);
        }
        bits = newBits;
        words = newWords;
        value = Arrays.copyOf(value, newCapacity * limbs);
        size = Arrays.copyOf(size, newCapacity);
        liveWeight = Arrays.copyOf(liveWeight, newCapacity);
        zero = Arrays.copyOf(zero, newCapacity);
        count = Arrays.copyOf(count, newCapacity * slots);
        order = Arrays.copyOf(order, newCapacity);
        target = Arrays.copyOf(target, newCapacity);
        moving = Arrays.copyOf(moving, newCapacity);
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
        int j = 0;
        int n = 0;
        while (i < kept || j < movedCount) {
            if (j == movedCount || (i < kept
                    && Limbs.compare(value, order[i] * limbs, value, moved[j] * limbs, limbs) <= 0)) {
                merged[n++] = order[i++];
            } else {
                merged[n++] = moved[j++];
            }
        }
        order = merged;
        orderSize = n;
    }

    /** Whether a class still matters: it has budget left and supports a remaining candidate. */
    private boolean relevant(int k) {
        return !zero[k] && (!prune || liveWeight[k] > 0);
    }

    private void sortByBudget(int[] classes, int n) {
        for (int i = 1; i < n; i++) {
            int k = classes[i];
            int j = i - 1;
            while (j >= 0 && Limbs.compare(value, classes[j] * limbs, value, k * limbs, limbs) > 0) {
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
        BigInteger total = BigInteger.ZERO;
        for (int s = index.slotStart[p]; s < index.slotStart[p + 1]; s++) {
            for (int i = 0; i < orderSize; i++) {
                int k = order[i];
                int c = count[k * slots + s];
                if (c > 0) {
                    total = total.add(Limbs.value(value, k * limbs, limbs).multiply(BigInteger.valueOf(c)));
                }
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
