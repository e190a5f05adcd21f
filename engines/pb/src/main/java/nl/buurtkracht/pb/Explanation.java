// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why an {@link Outcome} is what it is, as data without language: the phases a rule went through and, for every
 * project that was not selected, the reason.
 *
 * <p>All amounts are exact and in minor units of the instance (see {@link Instance#decimals()}). A rule with a
 * completion (for example {@code mes_cost_add1_then_greedy}) has one phase per step; {@link #rejections()} are the
 * final verdicts, taken from the last phase, and each phase keeps its own verdicts too.
 *
 * @param phases the phases, in order
 * @param rejections one entry per project that was not selected, in project order
 */
public record Explanation(List<Phase> phases, List<Rejection> rejections) {

    /** Copies the lists. */
    public Explanation {
        phases = List.copyOf(phases);
        rejections = List.copyOf(rejections);
    }

    /** One step of a rule, with the verdicts on the projects it did not select. */
    public sealed interface Phase permits EqualShares, Greedy, Phragmen, WelfareMaximisation {

        /** The projects not selected after this phase, with reasons. */
        List<Rejection> rejections();
    }

    /** Why a project was not selected. */
    public enum Reason {
        /** Nobody put the project on a ballot (or nobody gains from it under the satisfaction measure). */
        NO_SUPPORTERS,
        /** Its supporters had too little of their equal-shares budget left to pay for it together. */
        SUPPORTERS_BUDGET_EXHAUSTED,
        /** Its cost was more than the budget that was left. */
        DID_NOT_FIT,
        /** The rule stopped before it came to this project (sequential Phragmén, greedy without skipping). */
        NOT_REACHED,
        /** Its score was below the minimum project score. */
        BELOW_THRESHOLD,
        /** It is not part of the set with maximum welfare. */
        NOT_IN_OPTIMAL_SET
    }

    /** Why a round of the Method of Equal Shares, or its completion, stopped. */
    public enum StopReason {
        /** No remaining project could be paid for by its supporters. */
        NO_AFFORDABLE_PROJECT,
        /** The outcome left no affordable project that fits the budget (exhaustive). */
        EXHAUSTIVE,
        /** Raising the voters' budget once more would have selected projects costing more than the budget. */
        NEXT_BUDGET_OVERSPENDS,
        /** The budget increase reached its upper bound. */
        BUDGET_BOUND_REACHED
    }

    /**
     * A project that was not selected.
     *
     * @param projectId the project
     * @param cost its cost
     * @param reason why it was not selected
     * @param amount the number that decided it: the supporters' remaining budgets in total
     *     ({@link Reason#SUPPORTERS_BUDGET_EXHAUSTED}), the budget left when the project was considered
     *     ({@link Reason#DID_NOT_FIT}, {@link Reason#NOT_REACHED}, {@link Reason#NOT_IN_OPTIMAL_SET}), the project's
     *     score ({@link Reason#BELOW_THRESHOLD}) or 0 ({@link Reason#NO_SUPPORTERS})
     */
    public record Rejection(String projectId, long cost, Reason reason, Rational amount) {
    }

    /**
     * The Method of Equal Shares: every voter gets an equal part of the budget and the projects are bought one by
     * one, each time the project its supporters can pay at the lowest price per unit of satisfaction.
     *
     * @param satisfaction the satisfaction measure
     * @param budgetPerVoter the budget each voter started with in the run that was kept
     * @param runs how many times MES ran (more than 1 with add1 or a budget increase)
     * @param stop why the last run, or the completion, stopped
     * @param freeProjects projects with cost 0 and positive satisfaction, selected before the first round
     * @param rounds the selections, in order
     * @param rejections the projects not selected, with the supporters' remaining budgets
     */
    public record EqualShares(Satisfaction satisfaction, Rational budgetPerVoter, int runs, StopReason stop,
            List<String> freeProjects, List<EqualSharesRound> rounds, List<Rejection> rejections) implements Phase {

        /** Copies the lists. */
        public EqualShares {
            freeProjects = List.copyOf(freeProjects);
            rounds = List.copyOf(rounds);
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * One selection of the Method of Equal Shares.
     *
     * @param round 1 for the first selection
     * @param projectId the selected project
     * @param cost its cost
     * @param rho the price per unit of satisfaction (ρ); the project with the lowest ρ wins the round
     * @param sharePerSupporter what each supporter with enough money paid: ρ times the satisfaction (with cost
     *     satisfaction ρ·cost, with cardinality satisfaction ρ); for points satisfaction the price per point
     * @param payingSupporters the supporters who paid something
     * @param supportersPayingAll the supporters who could not pay the full share and paid all they had left
     * @param totalPaid the total paid by the supporters; always the cost
     */
    public record EqualSharesRound(int round, String projectId, long cost, Rational rho, Rational sharePerSupporter,
            long payingSupporters, long supportersPayingAll, Rational totalPaid) {
    }

    /**
     * Greedy selection by satisfaction per unit of cost ("most votes first" with cost satisfaction).
     *
     * @param satisfaction the satisfaction measure
     * @param startingBudget the budget available when the phase started
     * @param skipping whether projects that do not fit are skipped (otherwise the phase stops at the first one)
     * @param steps every project the phase considered, in rank order
     * @param rejections the projects not selected after this phase
     */
    public record Greedy(Satisfaction satisfaction, long startingBudget, boolean skipping, List<GreedyStep> steps,
            List<Rejection> rejections) implements Phase {

        /** Copies the lists. */
        public Greedy {
            steps = List.copyOf(steps);
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * One project in the greedy ranking.
     *
     * @param rank 1 for the first project considered
     * @param projectId the project
     * @param cost its cost
     * @param supporters the voters with positive satisfaction from it ("votes")
     * @param density total satisfaction divided by cost, the ranking key; {@code null} means infinite (free project)
     * @param selected whether it was selected
     * @param remainingBudget the budget left after this step
     */
    public record GreedyStep(int rank, String projectId, long cost, long supporters, @Nullable Rational density,
            boolean selected, long remainingBudget) {
    }

    /**
     * Sequential Phragmén: voters earn money continuously; a project is bought as soon as its supporters together
     * can pay it, and the cost is spread so that their loads become equal.
     *
     * @param rounds the selections, in order
     * @param stoppedBy the project that had the lowest load but no longer fitted, or {@code null} if none
     * @param rejections the projects not selected
     */
    public record Phragmen(List<PhragmenRound> rounds, @Nullable String stoppedBy, List<Rejection> rejections)
            implements Phase {

        /** Copies the lists. */
        public Phragmen {
            rounds = List.copyOf(rounds);
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * One selection of sequential Phragmén.
     *
     * @param round 1 for the first selection
     * @param projectId the selected project
     * @param cost its cost
     * @param supporters its supporters
     * @param load the load of each supporter after the purchase (minor units per voter); {@code null} for a project
     *     without supporters, bought at the end
     */
    public record PhragmenRound(int round, String projectId, long cost, long supporters, @Nullable Rational load) {
    }

    /**
     * Maximum utilitarian welfare: the affordable set with the largest total satisfaction.
     *
     * @param satisfaction the satisfaction measure
     * @param welfare the total satisfaction of the selected set
     * @param rejections the projects not in that set
     */
    public record WelfareMaximisation(Satisfaction satisfaction, Rational welfare, List<Rejection> rejections)
            implements Phase {

        /** Copies the list. */
        public WelfareMaximisation {
            rejections = List.copyOf(rejections);
        }
    }
}
