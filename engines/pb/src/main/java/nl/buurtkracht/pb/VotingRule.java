// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

/**
 * A resolute participatory-budgeting rule: it selects one set of projects that fits the budget.
 *
 * <p>Implementations are deterministic, compute with exact arithmetic and return an immutable {@link Outcome} with
 * its {@link Explanation}. They are stateless and may be shared between threads. Get one by name with
 * {@code nl.buurtkracht.pb.rule.VotingRules.create(RuleConfig)}.
 */
public interface VotingRule {

    /** The rule's name, for example {@code mes_cost_add1_then_greedy}; recorded in every outcome. */
    String name();

    /**
     * Computes the outcome.
     *
     * @throws IllegalArgumentException if the rule does not apply to the profile's vote type
     * @throws UnresolvedTieException if tie-breaking is {@link TieBreaking#REFUSE} and a tie decides the outcome
     */
    Outcome apply(Profile profile);
}
