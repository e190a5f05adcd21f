// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import nl.buurtkracht.pb.Explanation.StopReason;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Rational;
import org.jspecify.annotations.Nullable;

/**
 * Runs MES with increasing budgets per voter until a run overspends the real budget or is exhaustive: the loop
 * shared by add1 ({@code voter_budget_increment}) and {@code exhaustion_by_budget_increase} (PB-SPEC.md §4.3).
 *
 * <p>With {@code untilAllCandidates} the search also stops when a run selects every MES candidate. equalshares.net's
 * exhaustiveness counts all projects, so without this rule a project MES can never select (one without supporters)
 * would make it loop forever; pabutools' add1 stops there anyway, as its exhaustiveness counts only candidates.
 *
 * <p>Runs are independent, so on a multi-core machine several consecutive runs are computed speculatively in
 * parallel and then examined strictly in order; the result is identical to the sequential loop. Runs that turn out
 * not to be needed are abandoned.
 */
final class BudgetIncreaseSearch {

    /** Instances with fewer support entries than this run sequentially: threads would cost more than they save. */
    private static final int PARALLEL_THRESHOLD = 20_000;

    /**
     * The run that was kept.
     *
     * @param selection the selected projects
     * @param budgetPerVoter the per-voter budget of the kept run, or {@code null} when the initial selection was kept
     * @param runs how many runs were examined
     * @param stop why the search stopped
     */
    record Result(int[] selection, @Nullable Rational budgetPerVoter, int runs, StopReason stop) {
    }

    private BudgetIncreaseSearch() {
    }

    /**
     * Searches.
     *
     * @param budgets the per-voter budget of run k, or {@code null} when run k is past the bound
     * @param initial the selection returned if the very first run overspends
     * @param scope the projects that count for exhaustiveness
     * @param untilAllCandidates whether to stop as soon as a run selects every MES candidate
     */
    static Result search(EqualSharesSetup setup, IntFunction<@Nullable Rational> budgets, int[] initial, int[] scope,
            boolean untilAllCandidates) {
        int width = setup.index().groupStart[setup.index().groupCount] < PARALLEL_THRESHOLD ? 1
                : Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1);
        return search(setup, budgets, initial, scope, untilAllCandidates, width);
    }

    /** The search with {@code width} runs at a time (1 is sequential); the result does not depend on the width. */
    static Result search(EqualSharesSetup setup, IntFunction<@Nullable Rational> budgets, int[] initial, int[] scope,
            boolean untilAllCandidates, int width) {
        Instance instance = setup.profile().instance();
        int[] previous = initial;
        Rational previousBudget = null;
        int runs = 0;
        EqualSharesLane[] lanes = new EqualSharesLane[width];
        for (int lane = 0; lane < width; lane++) {
            lanes[lane] = new EqualSharesLane(setup);
        }
        for (int k = 0; ; k += width) {
            List<Rational> batch = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Rational budget = budgets.apply(k + i);
                if (budget == null) {
                    break;
                }
                batch.add(budget);
            }
            Batch runsAhead = new Batch(lanes, batch, instance.budget());
            try {
                for (int i = 0; i < batch.size(); i++) {
                    int[] selection = runsAhead.selection(i);
                    runs++;
                    if (Allocations.cost(instance, selection) > instance.budget()) {
                        return new Result(previous, previousBudget, runs, StopReason.NEXT_BUDGET_OVERSPENDS);
                    }
                    if (Allocations.isExhaustive(instance, selection, scope) || (untilAllCandidates
                            && Allocations.isExhaustive(instance, selection, setup.candidates(), Long.MAX_VALUE))) {
                        return new Result(selection, batch.get(i), runs, StopReason.EXHAUSTIVE);
                    }
                    previous = selection;
                    previousBudget = batch.get(i);
                }
            } finally {
                runsAhead.abandon();
            }
            if (batch.size() < width) {
                return new Result(previous, previousBudget, runs, StopReason.BUDGET_BOUND_REACHED);
            }
        }
    }

    /**
     * Consecutive runs: all but the first start in the common pool at once; the first runs in the calling thread when
     * it is asked for. A failure (for example a refused tie) only surfaces when that run's result is asked for.
     */
    private static final class Batch {

        private final EqualSharesLane[] lanes;
        private final List<Rational> budgets;
        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final List<CompletableFuture<int[]>> ahead = new ArrayList<>();
        private final long costCap;

        /** Runs that come to cost more than {@code costCap} stop there: they overspend, which is all the search asks. */
        Batch(EqualSharesLane[] lanes, List<Rational> budgets, long costCap) {
            this.lanes = lanes;
            this.budgets = budgets;
            this.costCap = costCap;
            for (int i = 1; i < budgets.size(); i++) {
                EqualSharesLane lane = lanes[i];
                Rational budget = budgets.get(i);
                ahead.add(CompletableFuture.supplyAsync(() -> run(lane, budget)));
            }
        }

        int[] selection(int i) {
            if (i == 0) {
                return run(lanes[0], budgets.get(0));
            }
            try {
                return ahead.get(i - 1).join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failure;
            }
        }

        private int[] run(EqualSharesLane lane, Rational budget) {
            return lane.run(budget.numerator(), budget.denominator(), abandoned, costCap);
        }

        /** Lets runs that are still going stop at their next round; their results are never read. */
        void abandon() {
            abandoned.set(true);
        }
    }
}
