// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.VotingRule;

/**
 * Runs a rule and, if its outcome is not exhaustive, completes it greedily (pabutools'
 * {@code completion_by_rule_combination([rule, greedy])}, PB-SPEC.md §4.3 b).
 *
 * <p>"Exhaustive" means that no unselected project, of all projects, fits in the budget left. Otherwise the greedy
 * rule continues with the budget left, in its own ranking, skipping the projects already selected.
 *
 * <p>Guarantee: the outcome contains the first rule's outcome and never exceeds the budget. Complexity: that of the
 * first rule plus one greedy pass.
 */
public final class CompletionByRuleCombination implements VotingRule {

    private final String name;
    private final VotingRule first;
    private final GreedyUtilitarianWelfare completion;

    /**
     * Combines two rules.
     *
     * @param name the combined rule's name, for example {@code mes_cost_then_greedy}
     * @param first the rule that runs first
     * @param completion the greedy rule that completes the outcome
     */
    public CompletionByRuleCombination(String name, VotingRule first, GreedyUtilitarianWelfare completion) {
        this.name = Objects.requireNonNull(name);
        this.first = Objects.requireNonNull(first);
        this.completion = Objects.requireNonNull(completion);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Outcome apply(Profile profile) {
        Instance instance = profile.instance();
        Outcome partial = first.apply(profile);
        int[] selection = Selection.indices(instance, partial);
        if (Selection.isExhaustive(instance, selection, Selection.all(instance))) {
            return Selection.outcome(name, instance, selection, partial.explanation());
        }
        Explanation.Greedy greedy = completion.complete(profile, selection);
        List<Explanation.Phase> phases = new ArrayList<>(partial.explanation().phases());
        phases.add(greedy);
        int[] completed = GreedyUtilitarianWelfare.selected(instance, selection, greedy);
        return Selection.outcome(name, instance, completed, new Explanation(phases, greedy.rejections()));
    }
}
