// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigDecimal;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.RuleName;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VotingRule;

/**
 * Creates the voting rule a {@link RuleConfig} names. This is how the application chooses a rule:
 * {@code VotingRules.create(RuleConfig.DEFAULT).apply(profile)}.
 */
public final class VotingRules {

    private VotingRules() {
    }

    /** The rule for a configuration; its outcomes record {@link RuleConfig#describe()} as the rule name. */
    public static VotingRule create(RuleConfig config) {
        VotingRule rule = base(config);
        if (config.minimumProjectScore() != null && config.rule() != RuleName.GREEDY_COST_THRESHOLD) {
            rule = new MinimumProjectScore(rule, config.minimumProjectScore());
        }
        return new Named(config.describe(), rule);
    }

    /** The rule with this key and default options, for example {@code greedy_cost}. */
    public static VotingRule create(String key) {
        return create(RuleConfig.of(key));
    }

    private static VotingRule base(RuleConfig config) {
        TieBreaking ties = config.tieBreaking();
        String key = config.rule().key();
        GreedyUtilitarianWelfare greedyCost = new GreedyUtilitarianWelfare(Satisfaction.COST, ties);
        MethodOfEqualShares mesCost = new MethodOfEqualShares(Satisfaction.COST, ties);
        return switch (config.rule()) {
            case GREEDY_COST -> greedyCost;
            case GREEDY_CARD -> new GreedyUtilitarianWelfare(Satisfaction.CARDINALITY, ties);
            case GREEDY_POINTS -> new GreedyUtilitarianWelfare(Satisfaction.POINTS, ties);
            case MES_COST -> mesCost;
            case MES_CARD -> new MethodOfEqualShares(Satisfaction.CARDINALITY, ties);
            case MES_POINTS -> new MethodOfEqualShares(Satisfaction.POINTS, ties);
            case SEQ_PHRAGMEN -> new SequentialPhragmen(ties);
            case MES_COST_THEN_GREEDY -> new CompletionByRuleCombination(key, mesCost, greedyCost);
            case MES_COST_ADD1 -> mesCost.withVoterBudgetIncrement(BigDecimal.ONE, config.compatibility());
            case MES_COST_ADD1_THEN_GREEDY -> new CompletionByRuleCombination(key,
                    mesCost.withVoterBudgetIncrement(BigDecimal.ONE, config.compatibility()), greedyCost);
            case MES_CARD_ADD1 -> new MethodOfEqualShares(Satisfaction.CARDINALITY, ties)
                    .withVoterBudgetIncrement(BigDecimal.ONE, config.compatibility());
            case MES_COST_EXH1PCT_THEN_GREEDY -> new CompletionByRuleCombination(key,
                    new ExhaustionByBudgetIncrease(mesCost), greedyCost);
            case MAX_WELFARE_COST -> new MaximumUtilitarianWelfare(Satisfaction.COST);
            case MAX_WELFARE_CARD -> new MaximumUtilitarianWelfare(Satisfaction.CARDINALITY);
            case MAX_WELFARE_POINTS -> new MaximumUtilitarianWelfare(Satisfaction.POINTS);
            case GREEDY_COST_NO_SKIP -> greedyCost.withoutSkipping();
            case GREEDY_COST_THRESHOLD -> new MinimumProjectScore(greedyCost, config.minimumProjectScore());
        };
    }

    /** A rule under the name of its configuration. */
    private record Named(String name, VotingRule rule) implements VotingRule {

        @Override
        public Outcome apply(Profile profile) {
            Outcome outcome = rule.apply(profile);
            return new Outcome(name, outcome.selected(), outcome.totalCost(), outcome.decimals(), outcome.explanation());
        }
    }
}
