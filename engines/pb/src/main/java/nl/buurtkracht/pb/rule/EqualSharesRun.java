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
import org.jspecify.annotations.Nullable;

/**
 * Runs of the Method of Equal Shares from a given budget per voter, exact and fast (PB-SPEC.md §4.2, §8). One object
 * is a reusable workspace: {@link #start} resets it, so the hundreds of runs of an add1 completion allocate almost
 * nothing.
 *
 * <p>Voters with equal budgets form a <em>budget class</em>; groups of identical ballots always stay together. All
 * budgets share one denominator D, so a budget is an integer numerator, kept as fixed-width limbs ({@link Limbs}); D
 * only grows by the factor needed to pay the selected project exactly, and budgets catch up with it lazily when they
 * are read. The classes are kept in budget order, so the affordability ρ of a project is found by counting its
 * supporters per class and walking the classes from the poorest (a prefix-sum walk) instead of sorting its supporters.
 * Classes whose voters support no remaining candidate are dropped. Candidates are evaluated lazily: ρ never decreases,
 * so the previous ρ is a lower bound and a candidate is only re-evaluated while that bound is at most the best fresh ρ
 * of the round; candidates with exactly equal ρ are therefore always all found.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = 0;

    private final EqualSharesSetup setup;
    private final SupportIndex index;
    private final boolean explain;
    private final boolean prune;
    private final int levels;

    private int budgetBits;
    private int limbs;
    private long[] denominatorLimbs = new long[0];
    private long[] value = new long[0];
    private int epoch;
    private int[] classEpoch;
    private long[][] scaleSince = new long[16][];
    private int[] scaleLength = new int[16];
    private long[] product;
    private long[] remainder;
    private long[] left;
    private long[] right;
    private long @Nullable [] perLevel;
    private long[][] shares;

    private int capacity = 64;
    private int classCount;
    private long[] size;
    private boolean[] zero;
    private long[] liveWeight;
    private int[] stamp;
    private int gatherId;
    private long[] gathered;
    private int[] target;
    private boolean[] moving;
    private int[] order;
    private int[] spare;
    private int orderSize;
    private int[] touched = new int[64];
    private int touchedCount;
    private long[] saved = new long[0];
    private int[] savedClasses = new int[0];
    private int savedCount;
    private int[] changed = new int[64];
    private int[] moved = new int[64];
    private int changedCount;
    private int[][] levelLists = new int[0][];
    private final int[] levelLengths;
    private final int[] levelPositions;
    private final int[] levelHeap;
    private final int[] groupClass;
    private final int[] groupLive;

    private final int[] candidates;
    private int candidateCount;
    private long[] rho = new long[0];
    private final long[] rhoFactorLow;
    private final long[] rhoFactorHigh;
    private final long[] rhoLevelDenominator;
    private long walkDenominator;
    private final int[] tied;
    private long[] wideLeft;
    private long[] wideRight;

    private final int[] selected;
    private int selectedCount;
    private final List<EqualSharesRound> rounds = new ArrayList<>();

    /** A workspace for runs on this setup; {@code explain} records rounds and keeps every budget for rejections. */
    EqualSharesRun(EqualSharesSetup setup, boolean explain) {
        this.setup = setup;
        this.index = setup.index();
        this.explain = explain;
        this.prune = !explain;
        this.levels = setup.maxLevels();
        this.classEpoch = new int[capacity];
        this.size = new long[capacity];
        this.zero = new boolean[capacity];
        this.liveWeight = new long[capacity];
        this.stamp = new int[capacity];
        this.gathered = new long[capacity * levels];
        this.target = new int[capacity * levels];
        this.moving = new boolean[capacity];
        this.order = new int[capacity];
        this.spare = new int[capacity];
        this.levelLengths = new int[levels];
        this.levelPositions = new int[levels];
        this.levelHeap = new int[levels];
        this.groupClass = new int[index.groupCount];
        this.groupLive = new int[index.groupCount];
        int m = index.projectCount;
        this.candidates = new int[setup.candidates().length];
        this.rhoFactorLow = new long[m];
        this.rhoFactorHigh = new long[m];
        this.rhoLevelDenominator = new long[m];
        this.tied = new int[setup.candidates().length];
        this.selected = new int[setup.freeProjects().length + setup.candidates().length];
    }

    /**
     * Runs MES with a budget of {@code budgetNumerator / budgetDenominator} minor units per voter in a new workspace.
     *
     * @param explain whether to record the rounds (for {@link #phase})
     */
    static EqualSharesRun run(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain) {
        EqualSharesRun run = new EqualSharesRun(setup, explain);
        run.start(budgetNumerator, budgetDenominator);
        run.finish(new AtomicBoolean());
        return run;
    }

    /** Resets the workspace for a run with {@code budgetNumerator / budgetDenominator} minor units per voter. */
    void start(BigInteger budgetNumerator, BigInteger budgetDenominator) {
        budgetBits = budgetNumerator.divide(budgetDenominator).bitLength() + 1;
        resize(limbsFor(budgetDenominator.bitLength()));
        Limbs.set(budgetDenominator, denominatorLimbs, 0, limbs);
        epoch = 0;
        Arrays.fill(scaleSince[0], 0);
        scaleSince[0][0] = 1;
        scaleLength[0] = 1;
        zero[ZERO_CLASS] = true;
        classCount = 1;
        orderSize = 0;
        System.arraycopy(setup.liveProjects(), 0, groupLive, 0, groupLive.length);
        if (budgetNumerator.signum() > 0 && index.groupCount > 0) {
            int everyone = newClass();
            Limbs.set(budgetNumerator, value, everyone * limbs, limbs);
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
            Limbs.multiplyInto(denominatorLimbs, 0, limbs, setup.cost()[p], left);
            System.arraycopy(left, 0, rho, p * rhoWidth(), rhoWidth());
            setFactor(p, index.levelSum[p]);
        }
        selectedCount = 0;
        for (int p : setup.freeProjects()) {
            selected[selectedCount++] = p;
        }
        rounds.clear();
    }

    /** Selects projects until none is affordable, or until {@code abandoned} is set (then the run is meaningless). */
    void finish(AtomicBoolean abandoned) {
        finish(abandoned, Long.MAX_VALUE);
    }

    /**
     * Like {@link #finish(AtomicBoolean)}, but also stops once the selection costs more than {@code costCap}: a search
     * only needs to know that the run overspends, and the selection only grows.
     */
    void finish(AtomicBoolean abandoned, long costCap) {
        long spent = 0;
        while (!abandoned.get() && spent <= costCap && selectRound()) {
            spent += setup.cost()[selected[selectedCount - 1]];
        }
    }

    /** The selected projects: free projects first, then in order of selection. */
    int[] selection() {
        return Arrays.copyOf(selected, selectedCount);
    }

    private int rhoWidth() {
        return limbs + 1;
    }

    /** Sets ρ's denominator factor {@code den * multiplier(p)} as an unsigned 128-bit number. */
    private void setFactor(int p, long den) {
        rhoFactorLow[p] = den * index.multiplier[p];
        rhoFactorHigh[p] = Limbs.multiplyHigh(den, index.multiplier[p]);
    }

    private boolean selectRound() {
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
        int winner = breakTie(tiedCount);
        candidateCount = IntLists.remove(candidates, candidateCount, winner);
        if (winner == best) {
            restoreGather();
        } else {
            gather(winner);
        }
        pay(winner);
        selected[selectedCount++] = winner;
        sortCandidates();
        return true;
    }

    private int breakTie(int tiedCount) {
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

    /** Compares ρ(p) = rho(p) / (D * factor(p)) with ρ(q); both numerators are over the current D. */
    private int compareRho(int p, int q) {
        int width = rhoWidth();
        Limbs.multiplyInto(rho, p * width, width, rhoFactorLow[q], rhoFactorHigh[q], wideLeft);
        Limbs.multiplyInto(rho, q * width, width, rhoFactorLow[p], rhoFactorHigh[p], wideRight);
        return Limbs.compare(wideLeft, 0, wideRight, 0, width + 2);
    }

    /**
     * Records that a project is no longer a candidate, so that classes whose voters support no remaining candidate
     * can be dropped at the next reorder (not when explaining: the rejections need every budget).
     */
    private void retire(int p) {
        if (!prune) {
            return;
        }
        index.retire(p, groupClass, groupLive, liveWeight);
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
     * the equal share pays all it has. On success ρ per level is {@code rho(p) / (D * den)}.
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
        boolean affordable = slots == 1 ? walkOneLevel(index.slotLevel[firstSlot], den)
                : walkLevels(firstSlot, slots, den);
        if (affordable) {
            System.arraycopy(remainder, 0, rho, p * rhoWidth(), rhoWidth());
            rhoLevelDenominator[p] = walkDenominator;
            setFactor(p, walkDenominator);
        }
        return affordable;
    }

    private boolean walkOneLevel(long level, long denStart) {
        long den = denStart;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] == gatherId) {
                long c = gathered[k * levels];
                if (canPay(k, level, den)) {
                    walkDenominator = den;
                    return true;
                }
                remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, at(k), limbs, c);
                den -= c * level;
            }
        }
        return false;
    }

    /**
     * The walk for a project whose supporters have different levels: a merge of the per-level lists (each ascending
     * by budget) by budget / level, with a binary heap of the levels so that each step costs O(log levels)
     * comparisons instead of one per level. The order among equal ratios does not matter: a class that cannot pay
     * leaves an equal share above the ratio of every class tied with it.
     */
    private boolean walkLevels(int firstSlot, int slots, long denStart) {
        if (levelLists.length < slots || levelLists[0].length < orderSize) {
            levelLists = new int[levels][Math.max(orderSize, capacity)];
        }
        Arrays.fill(levelLengths, 0, slots, 0);
        Arrays.fill(levelPositions, 0, slots, 0);
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] == gatherId) {
                for (int l = 0; l < slots; l++) {
                    if (gathered[k * levels + l] > 0) {
                        levelLists[l][levelLengths[l]++] = k;
                    }
                }
            }
        }
        int heapSize = 0;
        for (int l = 0; l < slots; l++) {
            if (levelLengths[l] > 0) {
                levelHeap[heapSize++] = l;
            }
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i, heapSize, firstSlot);
        }
        long den = denStart;
        while (heapSize > 0) {
            int l = levelHeap[0];
            int k = levelLists[l][levelPositions[l]++];
            long level = index.slotLevel[firstSlot + l];
            if (canPay(k, level, den)) {
                walkDenominator = den;
                return true;
            }
            long c = gathered[k * levels + l];
            remainder[limbs] -= Limbs.subtractMultiple(remainder, 0, value, at(k), limbs, c);
            den -= c * level;
            if (levelPositions[l] == levelLengths[l]) {
                levelHeap[0] = levelHeap[--heapSize];
            }
            siftDown(0, heapSize, firstSlot);
        }
        return false;
    }

    private void siftDown(int from, int heapSize, int firstSlot) {
        int i = from;
        int l = levelHeap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && headBelow(levelHeap[child + 1], levelHeap[child], firstSlot)) {
                child++;
            }
            if (!headBelow(levelHeap[child], l, firstSlot)) {
                break;
            }
            levelHeap[i] = levelHeap[child];
            i = child;
        }
        levelHeap[i] = l;
    }

    /** Whether the next class of level list a has a lower budget / level than that of list b. */
    private boolean headBelow(int a, int b, int firstSlot) {
        return ratioBelow(levelLists[a][levelPositions[a]], index.slotLevel[firstSlot + a],
                levelLists[b][levelPositions[b]], index.slotLevel[firstSlot + b]);
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

    /** Charges the supporters of p at {@code rho(p) / (D * den)} per level and splits budget classes. */
    private void pay(int p) {
        long den = rhoLevelDenominator[p];
        int width = rhoWidth();
        BigInteger before = explain ? Limbs.value(rho, p * width, width) : BigInteger.ZERO;
        BigInteger beforeDenominator = explain ? Limbs.value(denominatorLimbs, 0, limbs) : BigInteger.ZERO;
        System.arraycopy(rho, p * width, perLevel, 0, width);
        long factor = reduce(den);
        if (factor != 1) {
            rescale(factor);
        }
        int firstSlot = index.slotStart[p];
        int slots = index.slotStart[p + 1] - firstSlot;
        for (int l = 0; l < slots; l++) {
            Limbs.multiplyInto(perLevel, 0, limbs, index.slotLevel[firstSlot + l], right);
            System.arraycopy(right, 0, shares[l], 0, limbs);
        }
        long payers = 0;
        long payingAll = 0;
        changedCount = 0;
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            if (stamp[k] != gatherId) {
                continue;
            }
            for (int l = 0; l < slots; l++) {
                long c = gathered[k * levels + l];
                if (c == 0) {
                    continue;
                }
                boolean payingAllTheyHave = Limbs.compare(value, at(k), shares[l], 0, limbs) <= 0;
                payers += c;
                payingAll += payingAllTheyHave ? c : 0;
                // charge may grow the arrays; Java evaluates target[...] before the right-hand side, so keep the local
                int to = charge(k, c, shares[l], payingAllTheyHave);
                target[k * levels + l] = to;
            }
        }
        moveSupporters(p);
        reorder(slots > 1);
        if (explain) {
            record(p, before, den, beforeDenominator, payers, payingAll);
        }
    }

    /**
     * Turns {@code perLevel} (holding ρ's numerator over the current D) into the payment per level over the new D and
     * returns the factor by which D must grow: {@code den / gcd(numerator, den)}.
     */
    private long reduce(long den) {
        int width = rhoWidth();
        long gcd;
        if (den < Limbs.SMALL_DIVISOR) {
            gcd = gcd(den, Limbs.remainder(perLevel, 0, width, den));
            Limbs.divide(perLevel, 0, width, gcd);
        } else {
            BigInteger numerator = Limbs.value(perLevel, 0, width);
            gcd = numerator.gcd(BigInteger.valueOf(den)).longValueExact();
            Limbs.set(numerator.divide(BigInteger.valueOf(gcd)), perLevel, 0, width);
        }
        return den / gcd;
    }

    /** The class that c voters of class k go to after paying {@code share}: k itself, a new class or zero. */
    private int charge(int k, long c, long[] share, boolean payingAllTheyHave) {
        int to;
        if (c == size[k]) {
            to = k;
            if (payingAllTheyHave) {
                zero[k] = true;
            } else {
                Limbs.subtract(value, k * limbs, share, 0, limbs);
            }
        } else if (payingAllTheyHave) {
            to = ZERO_CLASS;
        } else {
            to = newClass();
            System.arraycopy(value, at(k), value, to * limbs, limbs);
            Limbs.subtract(value, to * limbs, share, 0, limbs);
        }
        if (changedCount == changed.length) {
            changed = Arrays.copyOf(changed, changedCount * 2);
        }
        changed[changedCount++] = to;
        return to;
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

    /** Multiplies D by {@code factor}; budgets follow lazily (see {@link #at}) and candidates' ρ right away. */
    private void rescale(long factor) {
        int needed = limbsFor(Limbs.bitLength(denominatorLimbs, 0, limbs) + 64 - Long.numberOfLeadingZeros(factor));
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
        if (scaleSince[epoch] == null || scaleSince[epoch].length != limbs) {
            scaleSince[epoch] = new long[limbs];
        }
        Arrays.fill(scaleSince[epoch], 0);
        scaleSince[epoch][0] = 1;
        scaleLength[epoch] = 1;
        int width = rhoWidth();
        for (int i = 0; i < candidateCount; i++) {
            Limbs.multiply(rho, candidates[i] * width, width, factor);
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
    private int limbsFor(int denominatorBits) {
        return (denominatorBits + budgetBits) / 64 + 2;
    }

    /** Sizes the limb arrays for a new run; keeps the arrays of the previous run when they are big enough. */
    private void resize(int newLimbs) {
        // consecutive runs of a completion usually need the same width: then the scratch arrays are reused as they are
        boolean sameWidth = newLimbs == limbs && denominatorLimbs.length == newLimbs;
        limbs = newLimbs;
        if (value.length < capacity * limbs) {
            value = new long[capacity * limbs];
        }
        if (!sameWidth) {
            denominatorLimbs = new long[limbs];
        }
        if (rho.length < index.projectCount * rhoWidth()) {
            rho = new long[index.projectCount * rhoWidth()];
        }
        if (scaleSince[0] == null || scaleSince[0].length != limbs) {
            for (int e = 0; e < scaleSince.length; e++) {
                scaleSince[e] = null;
            }
            scaleSince[0] = new long[limbs];
        }
        if (!sameWidth) {
            allocateScratch();
        }
    }

    /** Widens every number to more limbs during a run; callers widen ahead of need so that this stays rare. */
    private void widen(int newLimbs) {
        long[] widened = new long[capacity * newLimbs];
        for (int i = 0; i < orderSize; i++) {
            int k = order[i];
            System.arraycopy(value, k * limbs, widened, k * newLimbs, limbs);
        }
        long[] widenedRho = new long[index.projectCount * (newLimbs + 1)];
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            System.arraycopy(rho, p * rhoWidth(), widenedRho, p * (newLimbs + 1), rhoWidth());
        }
        value = widened;
        rho = widenedRho;
        denominatorLimbs = Arrays.copyOf(denominatorLimbs, newLimbs);
        for (int e = 0; e <= epoch; e++) {
            scaleSince[e] = Arrays.copyOf(scaleSince[e], newLimbs);
        }
        for (int e = epoch + 1; e < scaleSince.length; e++) {
            scaleSince[e] = null;
        }
        limbs = newLimbs;
        allocateScratch();
    }

    private void allocateScratch() {
        product = new long[limbs];
        remainder = new long[limbs + 2];
        left = new long[limbs + 2];
        right = new long[limbs + 2];
        perLevel = perLevel == null ? new long[limbs + 1] : Arrays.copyOf(perLevel, limbs + 1);
        shares = new long[levels][limbs];
        wideLeft = new long[limbs + 3];
        wideRight = new long[limbs + 3];
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
        if (value.length < newCapacity * limbs) {
            value = Arrays.copyOf(value, newCapacity * limbs);
        }
        size = Arrays.copyOf(size, newCapacity);
        zero = Arrays.copyOf(zero, newCapacity);
        liveWeight = Arrays.copyOf(liveWeight, newCapacity);
        stamp = Arrays.copyOf(stamp, newCapacity);
        gathered = Arrays.copyOf(gathered, newCapacity * levels);
        target = Arrays.copyOf(target, newCapacity * levels);
        moving = Arrays.copyOf(moving, newCapacity);
        classEpoch = Arrays.copyOf(classEpoch, newCapacity);
        order = Arrays.copyOf(order, newCapacity);
        spare = new int[newCapacity];
        capacity = newCapacity;
    }

    /**
     * Restores the budget order: classes whose budget changed (or that are new) leave their place and are merged back
     * in. With one level they are already in ascending order, because every payer paid the same share.
     */
    private void reorder(boolean severalLevels) {
        int movedCount = 0;
        if (moved.length < changedCount) {
            moved = new int[changedCount * 2];
        }
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
        int i = 0;
        int n = 0;
        for (int j = 0; j < movedCount; j++) {
            int end = firstAbove(order, i, kept, moved[j]);
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

    /** Binary insertion sort: O(n log n) budget comparisons, which cost far more than the moves. */
    private void sortByBudget(int[] classes, int n) {
        for (int i = 1; i < n; i++) {
            int k = classes[i];
            int position = firstAbove(classes, 0, i, k);
            System.arraycopy(classes, position, classes, position + 1, i - position);
            classes[position] = k;
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
        BigInteger perLevelDenominator = atDenominator.multiply(BigInteger.valueOf(den));
        long topLevel = index.slotLevel[index.slotStart[p + 1] - 1];
        boolean single = index.slotStart[p + 1] - index.slotStart[p] == 1;
        Rational rhoValue = Rational.of(remainderValue,
                perLevelDenominator.multiply(BigInteger.valueOf(index.multiplier[p])));
        Rational fullShare = single
                ? Rational.of(remainderValue.multiply(BigInteger.valueOf(topLevel)), perLevelDenominator) : rhoValue;
        rounds.add(new EqualSharesRound(rounds.size() + 1, setup.id(p), setup.cost()[p], rhoValue, fullShare, payers,
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
        return Rational.of(total, Limbs.value(denominatorLimbs, 0, limbs));
    }

    /** Verdicts for every project this run did not select. */
    private List<Rejection> rejections() {
        boolean[] isSelected = Allocations.mask(index.projectCount, selection());
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

    /** This run as an explanation phase; the workspace must have been made with {@code explain}. */
    Explanation.EqualShares phase(Rational budgetPerVoter, int runs, Explanation.StopReason stop) {
        List<String> free = new ArrayList<>();
        for (int p : setup.freeProjects()) {
            free.add(setup.id(p));
        }
        return new Explanation.EqualShares(setup.satisfaction(), budgetPerVoter, runs, stop, free, rounds, rejections());
    }
}
