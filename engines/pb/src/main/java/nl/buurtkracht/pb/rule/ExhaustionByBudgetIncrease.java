// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.VotingRule;

/**
 * Makes the Method of Equal Shares use more of the budget by running it on raised total budgets B, B + s, B + 2s,
 * ... (s = B/100 by default) up to B·(n+1), keeping the last outcome that fits the real budget B, or the first
 * exhaustive one (pabutools' {@code exhaustion_by_budget_increase}, PB-SPEC.md §4.3 c).
 *
 * <p>Guarantee: the outcome fits the real budget. Complexity: one MES run per step, evaluated in parallel batches.
 */
public final class ExhaustionByBudgetIncrease implements VotingRule {

    private final MethodOfEqualShares rule;
    private final Rational stepFraction;

    /** Budget steps of 1 % of B. */
    public ExhaustionByBudgetIncrease(MethodOfEqualShares rule) {
        this(rule, Rational.of(1, 100));
    }

    /** Budget steps of {@code stepFraction · B}; the fraction must be positive. */
    public ExhaustionByBudgetIncrease(MethodOfEqualShares rule, Rational stepFraction) {
        this.rule = Objects.requireNonNull(rule);
        if (stepFraction.signum() <= 0) {
            throw new IllegalArgumentException("the budget step must be positive: " + stepFraction);
        }
        this.stepFraction = stepFraction;
    }

    @Override
    public String name() {
        return rule.name() + "_exh" + stepFraction.multiply(100) + "pct";
    }

    @Override
    public Outcome apply(Profile profile) {
        Instance instance = profile.instance();
        EqualSharesSetup setup = EqualSharesSetup.of(profile, rule.satisfaction(), rule.tieBreaking());
        int n = profile.size();
        Rational budget = Rational.of(instance.budget());
        Rational bound = budget.multiply(n + 1);
        Rational step = stepFraction.multiply(budget);
        BudgetIncreaseSearch.Result result = BudgetIncreaseSearch.search(setup, k -> {
            if (n == 0 || step.signum() == 0) {
                return k == 0 ? MethodOfEqualShares.equalShare(profile) : null;
            }
            Rational total = budget.add(step.multiply(k));
            return total.compareTo(bound) > 0 ? null : total.divide(Rational.of(n));
        }, new int[0], Selection.all(instance));
        // MES never spends more than its voters hold, so the run at B/n always fits and some run is kept.
        Rational kept = result.budgetPerVoter() == null ? MethodOfEqualShares.equalShare(profile) : result.budgetPerVoter();
        EqualSharesRun run = EqualSharesRun.run(setup, kept.numerator(), kept.denominator(), true);
        Explanation.EqualShares phase = run.phase(kept, result.runs(), result.stop());
        int[] selection = MethodOfEqualShares.selectionOf(instance, phase);
        return Selection.outcome(name(), instance, selection, new Explanation(List.of(phase), phase.rejections()));
    }
}
