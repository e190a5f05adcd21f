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
 * <p>Voters with equal budgets form a <em>budget class</em>. All budgets share one denominator D, so a budget is a
 * BigInteger numerator; D only grows by the factor needed to pay the selected project exactly. For each
 * (project, level) slot the run keeps how many voters of each class support it, so the affordability ρ of a
 * project is found by walking the classes in budget order (a prefix-sum walk) instead of sorting its supporters.
 * Candidates are evaluated lazily: ρ never decreases, so the previous ρ is a lower bound and a candidate is only
 * re-evaluated while that bound is at most the best fresh ρ of the round; ties (equal ρ) are always all found.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = 0;

    private final EqualSharesSetup setup;
    private final SupportIndex index;
    private final boolean explain;

    private BigInteger denominator;
    private BigInteger[] budget;
    private long[] classSize;
    private int classCount;
    private int[][] count;
    private final long[] active;
    private final int[] groupClass;
    private int[] order;
    private int orderSize;

    private final int[] candidates;
    private int candidateCount;
    private final BigInteger[] rhoNumerator;
    private final BigInteger[] rhoDenominator;
    private final long[] rhoLevelDenominator;

    private final int[] selected;
    private int selectedCount;
    private final List<EqualSharesRound> rounds = new ArrayList<>();

    private BigInteger scanRemainder = BigInteger.ZERO;
    private long scanDenominator;

    private EqualSharesRun(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain) {
        this.setup = setup;
        this.index = setup.index();
        this.explain = explain;
        int slots = index.slotLevel.length;
        this.denominator = budgetDenominator;
        this.budget = new BigInteger[8];
        this.classSize = new long[8];
        this.count = new int[slots][8];
        this.active = new long[slots];
        this.groupClass = new int[index.groupCount];
        this.order = new int[8];
        budget[ZERO_CLASS] = BigInteger.ZERO;
        classCount = 1;
        if (budgetNumerator.signum() > 0) {
            int everyone = newClass(budgetNumerator);
            Arrays.fill(groupClass, everyone);
            for (int g = 0; g < index.groupCount; g++) {
                classSize[everyone] += index.weight[g];
                for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                    count[index.groupSlot[e]][everyone] += index.weight[g];
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
     * @param explain whether to record the rounds (and allow {@link #rejections()})
     */
    static EqualSharesRun run(EqualSharesSetup setup, BigInteger budgetNumerator, BigInteger budgetDenominator,
            boolean explain) {
        return run(setup, budgetNumerator, budgetDenominator, explain, new AtomicBoolean());
    }

    /**
     * Runs MES like {@link #run(EqualSharesSetup, BigInteger, BigInteger, boolean)}, stopping early (with a
     * meaningless selection) once {@code abandoned} is set.
     */
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

    /** The recorded rounds (only when explaining). */
    List<EqualSharesRound> rounds() {
        return rounds;
    }

    private boolean selectRound() {
        int[] tied = new int[candidateCount];
        int tiedCount = 0;
        int best = -1;
        int kept = 0;
        boolean pastBound = false;
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            if (!pastBound && best >= 0 && compareRho(p, best) > 0) {
                pastBound = true;
            }
            if (pastBound) {
                candidates[kept++] = p;
                continue;
            }
            if (!scan(p)) {
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
                tied[tiedCount++] = p;
            } else if (comparison == 0) {
                tied[tiedCount++] = p;
            }
        }
        candidateCount = kept;
        if (best < 0) {
            return false;
        }
        int winner = breakTie(tied, tiedCount);
        removeCandidate(winner);
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

    private int compareRho(int p, int q) {
        return rhoNumerator[p].multiply(rhoDenominator[q]).compareTo(rhoNumerator[q].multiply(rhoDenominator[p]));
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
     * Computes ρ of project p: walks the supporters' budget classes from poorest to richest; a class that cannot pay
     * the equal share pays everything it has. Sets {@code scanRemainder / (D * scanDenominator)} as ρ per level.
     *
     * @return false if the supporters together cannot pay the cost
     */
    private boolean scan(int p) {
        int firstSlot = index.slotStart[p];
        int slots = index.slotStart[p + 1] - firstSlot;
        long den = 0;
        for (int s = firstSlot; s < firstSlot + slots; s++) {
            den += index.slotLevel[s] * active[s];
        }
        if (den == 0) {
            return false;
        }
        BigInteger remainder = BigInteger.valueOf(setup.cost()[p]).multiply(denominator);
        if (slots == 1) {
            int[] counts = count[firstSlot];
            long level = index.slotLevel[firstSlot];
            for (int i = 0; i < orderSize; i++) {
                int k = order[i];
                int c = counts[k];
                if (c == 0) {
                    continue;
                }
                if (remainder.multiply(BigInteger.valueOf(level)).compareTo(budget[k].multiply(BigInteger.valueOf(den))) <= 0) {
                    scanRemainder = remainder;
                    scanDenominator = den;
                    return true;
                }
                remainder = remainder.subtract(budget[k].multiply(BigInteger.valueOf(c)));
                den -= c * level;
            }
            return false;
        }
        return scanLevels(p, firstSlot, slots, remainder, den);
    }

    /** The walk of {@link #scan} for a project whose supporters have different levels: a merge by budget / level. */
    private boolean scanLevels(int p, int firstSlot, int slots, BigInteger remainderStart, long denStart) {
        BigInteger remainder = remainderStart;
        long den = denStart;
        int[] position = new int[slots];
        while (true) {
            int bestSlot = -1;
            for (int l = 0; l < slots; l++) {
                int[] counts = count[firstSlot + l];
                while (position[l] < orderSize && counts[order[position[l]]] == 0) {
                    position[l]++;
                }
                if (position[l] < orderSize && (bestSlot < 0 || budget[order[position[l]]]
                        .multiply(BigInteger.valueOf(index.slotLevel[firstSlot + bestSlot]))
                        .compareTo(budget[order[position[bestSlot]]]
                                .multiply(BigInteger.valueOf(index.slotLevel[firstSlot + l]))) < 0)) {
                    bestSlot = l;
                }
            }
            if (bestSlot < 0) {
                return false;
            }
            int k = order[position[bestSlot]++];
            long level = index.slotLevel[firstSlot + bestSlot];
            int c = count[firstSlot + bestSlot][k];
            if (remainder.multiply(BigInteger.valueOf(level)).compareTo(budget[k].multiply(BigInteger.valueOf(den))) <= 0) {
                scanRemainder = remainder;
                scanDenominator = den;
                return true;
            }
            remainder = remainder.subtract(budget[k].multiply(BigInteger.valueOf(c)));
            den -= c * level;
        }
    }

    /** Charges the supporters of p at price {@code remainder / (D * den)} per level and splits budget classes. */
    private void pay(int p, BigInteger remainder, long den) {
        long gcd = BigInteger.valueOf(den).gcd(remainder).longValueExact();
        long factor = den / gcd;
        BigInteger perLevel = remainder.divide(BigInteger.valueOf(gcd));
        BigInteger oldDenominator = denominator;
        if (factor != 1) {
            BigInteger f = BigInteger.valueOf(factor);
            denominator = denominator.multiply(f);
            for (int i = 0; i < orderSize; i++) {
                budget[order[i]] = budget[order[i]].multiply(f);
            }
            for (int i = 0; i < candidateCount; i++) {
                rhoNumerator[candidates[i]] = rhoNumerator[candidates[i]].multiply(f);
            }
        }
        long payers = 0;
        long payingAll = 0;
        int[] changed = new int[16];
        int changedCount = 0;
        int[] target = new int[classCount];
        for (int s = index.slotStart[p]; s < index.slotStart[p + 1]; s++) {
            BigInteger share = perLevel.multiply(BigInteger.valueOf(index.slotLevel[s]));
            int[] counts = count[s];
            int[] paying = payingClasses(counts);
            for (int k : paying) {
                int c = counts[k];
                BigInteger left = budget[k].subtract(share);
                payers += c;
                if (left.signum() <= 0) {
                    payingAll += c;
                }
                if (c == classSize[k]) {
                    target[k] = k;
                    if (left.signum() <= 0) {
                        makeZero(k);
                    } else {
                        budget[k] = left;
                    }
                } else {
                    target[k] = left.signum() <= 0 ? ZERO_CLASS : newClass(left);
                    if (target.length < classCount) {
                        target = Arrays.copyOf(target, classCount * 2);
                    }
                }
                if (changedCount == changed.length) {
                    changed = Arrays.copyOf(changed, changedCount * 2);
                }
                changed[changedCount++] = target[k];
            }
            moveSupporters(p, s, target);
        }
        reorder(changed, changedCount);
        if (explain) {
            record(p, remainder, den, oldDenominator, payers, payingAll);
        }
    }

    private int[] payingClasses(int[] counts) {
        int[] paying = new int[orderSize];
        int n = 0;
        for (int i = 0; i < orderSize; i++) {
            if (counts[order[i]] > 0) {
                paying[n++] = order[i];
            }
        }
        return Arrays.copyOf(paying, n);
    }

    private void moveSupporters(int p, int slot, int[] target) {
        for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
            if (index.supporterSlot[i] != slot) {
                continue;
            }
            int g = index.supporterGroup[i];
            int from = groupClass[g];
            if (from == ZERO_CLASS || budget[from].signum() == 0 || target[from] == from) {
                continue;
            }
            int to = target[from];
            int w = index.weight[g];
            for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                int s = index.groupSlot[e];
                count[s][from] -= w;
                if (to == ZERO_CLASS) {
                    active[s] -= w;
                } else {
                    count[s][to] += w;
                }
            }
            classSize[from] -= w;
            classSize[to] += w;
            groupClass[g] = to;
        }
    }

    private void makeZero(int k) {
        budget[k] = BigInteger.ZERO;
        for (int s = 0; s < active.length; s++) {
            active[s] -= count[s][k];
        }
    }

    private int newClass(BigInteger value) {
        if (classCount == budget.length) {
            int capacity = classCount * 2;
            budget = Arrays.copyOf(budget, capacity);
            classSize = Arrays.copyOf(classSize, capacity);
            for (int s = 0; s < count.length; s++) {
                count[s] = Arrays.copyOf(count[s], capacity);
            }
        }
        budget[classCount] = value;
        classSize[classCount] = 0;
        return classCount++;
    }

    /** Restores the budget order after the classes in {@code changed} got new budgets (or became zero). */
    private void reorder(int[] changed, int changedCount) {
        boolean[] isChanged = new boolean[classCount];
        for (int i = 0; i < changedCount; i++) {
            isChanged[changed[i]] = true;
        }
        int kept = 0;
        for (int i = 0; i < orderSize; i++) {
            if (!isChanged[order[i]]) {
                order[kept++] = order[i];
            }
        }
        Integer[] inserted = new Integer[changedCount];
        int insertedCount = 0;
        for (int i = 0; i < changedCount; i++) {
            int k = changed[i];
            if (k != ZERO_CLASS && budget[k].signum() > 0 && isChanged[k]) {
                inserted[insertedCount++] = k;
                isChanged[k] = false;
            }
        }
        Arrays.sort(inserted, 0, insertedCount, (a, b) -> budget[a].compareTo(budget[b]));
        int[] merged = new int[Math.max(order.length, kept + insertedCount)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < kept || j < insertedCount) {
            if (j == insertedCount || (i < kept && budget[order[i]].compareTo(budget[inserted[j]]) <= 0)) {
                merged[n++] = order[i++];
            } else {
                merged[n++] = inserted[j++];
            }
        }
        order = merged;
        orderSize = n;
    }

    private void record(int p, BigInteger remainder, long den, BigInteger atDenominator, long payers, long payingAll) {
        BigInteger perLevel = atDenominator.multiply(BigInteger.valueOf(den));
        long topLevel = index.slotLevel[index.slotStart[p + 1] - 1];
        boolean single = index.slotStart[p + 1] - index.slotStart[p] == 1;
        Rational rho = Rational.of(remainder, perLevel.multiply(BigInteger.valueOf(index.multiplier[p])));
        Rational share = single ? Rational.of(remainder.multiply(BigInteger.valueOf(topLevel)), perLevel) : rho;
        rounds.add(new EqualSharesRound(rounds.size() + 1, setup.id(p), setup.cost()[p], rho, share, payers, payingAll,
                Rational.of(setup.cost()[p])));
    }

    /** The budget each voter has left, summed over the supporters of p, in minor units. */
    Rational supportersBudget(int p) {
        BigInteger total = BigInteger.ZERO;
        for (int s = index.slotStart[p]; s < index.slotStart[p + 1]; s++) {
            for (int i = 0; i < orderSize; i++) {
                int k = order[i];
                total = total.add(budget[k].multiply(BigInteger.valueOf(count[s][k])));
            }
        }
        return Rational.of(total, denominator);
    }

    /** Verdicts for every project this run did not select. */
    List<Rejection> rejections() {
        boolean[] isSelected = new boolean[index.projectCount];
        for (int i = 0; i < selectedCount; i++) {
            isSelected[selected[i]] = true;
        }
        List<Rejection> rejections = new ArrayList<>();
        for (int p = 0; p < index.projectCount; p++) {
            if (isSelected[p]) {
                continue;
            }
            long cost = setup.cost()[p];
            rejections.add(index.supporters[p] == 0
                    ? new Rejection(setup.id(p), cost, Reason.NO_SUPPORTERS, Rational.ZERO)
                    : new Rejection(setup.id(p), cost, Reason.SUPPORTERS_BUDGET_EXHAUSTED, supportersBudget(p)));
        }
        return rejections;
    }

    /** This run as an explanation phase. */
    Explanation.EqualShares phase(Rational budgetPerVoter, int runs, Explanation.StopReason stop) {
        List<String> free = new ArrayList<>();
        for (int p : setup.freeProjects()) {
            free.add(setup.id(p));
        }
        return new Explanation.EqualShares(setup.satisfaction(), budgetPerVoter, runs, stop, free, rounds, rejections());
    }
}
