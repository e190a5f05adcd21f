// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.RuleName;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VotingRulesTests {

    @ParameterizedTest
    @EnumSource(RuleName.class)
    void createsEveryRuleUnderTheNameOfItsConfiguration(RuleName name) {
        RuleConfig config = RuleConfig.of(name);
        VotingRule rule = VotingRules.create(config);
        Profile profile = TestFiles.read(switch (name) {
            case GREEDY_POINTS, MES_POINTS, MAX_WELFARE_POINTS -> "points.pb";
            case GREEDY_COST_THRESHOLD -> "threshold.pb";
            default -> "edge-cases.pb";
        });
        Outcome outcome = rule.apply(profile);
        assertThat(rule.name()).isEqualTo(name.key());
        assertThat(outcome.rule()).isEqualTo(name.key());
        assertThat(rule.select(profile)).isEqualTo(outcome.selection());
    }

    @Test
    void recordsNonDefaultOptionsInTheOutcome() {
        RuleConfig config = RuleConfig.of("greedy_card").withTieBreaking(TieBreaking.MIN_COST)
                .withMinimumProjectScore(BigDecimal.ONE);
        assertThat(VotingRules.create(config).apply(TestFiles.read("ties.pb")).rule())
                .isEqualTo("greedy_card [tie-breaking min_cost, minimum score 1]");
    }

    @Test
    void appliesAMinimumProjectScoreToAnyRule() {
        RuleConfig config = RuleConfig.of("mes_cost_then_greedy").withMinimumProjectScore(BigDecimal.valueOf(2));
        assertThat(VotingRules.create(config).select(TestFiles.read("threshold.pb")).selected()).doesNotContain("b");
    }

    @Test
    void createsTheDefaultRule() {
        assertThat(VotingRules.create(RuleConfig.DEFAULT).select(TestFiles.read("edge-cases.pb")).selected())
                .containsExactly("c", "a", "z");
    }
}
