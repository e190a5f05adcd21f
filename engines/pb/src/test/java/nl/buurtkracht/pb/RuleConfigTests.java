// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleConfigTests {

    @Test
    void defaultsToMesWithAdd1ThenGreedy() {
        assertThat(RuleConfig.DEFAULT.rule()).isEqualTo(RuleName.MES_COST_ADD1_THEN_GREEDY);
        assertThat(RuleConfig.DEFAULT.tieBreaking()).isEqualTo(TieBreaking.ID_ORDER);
        assertThat(RuleConfig.DEFAULT.describe()).isEqualTo("mes_cost_add1_then_greedy");
    }

    @Test
    void namesEveryReferenceKey() {
        assertThat(Arrays.stream(RuleName.values()).map(RuleName::key)).contains("greedy_cost", "greedy_card",
                "greedy_points", "mes_cost", "mes_card", "mes_points", "seq_phragmen", "mes_cost_then_greedy",
                "mes_cost_add1", "mes_cost_add1_then_greedy", "mes_card_add1", "mes_cost_exh1pct_then_greedy");
        assertThat(RuleConfig.of("seq_phragmen").rule()).isEqualTo(RuleName.SEQ_PHRAGMEN);
    }

    @Test
    void rejectsAnUnknownRuleListingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleConfig.of("mes_magic"))
                .withMessageContaining("unknown rule 'mes_magic'").withMessageContaining("greedy_cost");
    }

    @Test
    void recordsTheEqualSharesNetVariantAndItsTieBreaking() {
        RuleConfig config = RuleConfig.equalSharesNet(TieBreaking.MAX_COST);
        assertThat(config.compatibility()).isEqualTo(Compatibility.EQUALSHARES_NET);
        assertThat(config.describe())
                .isEqualTo("mes_cost_add1_then_greedy [equalshares.net, tie-breaking max_cost]");
    }

    @Test
    void allowsTheEqualSharesNetVariantOnlyForAdd1Rules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleConfig.of(RuleName.GREEDY_COST).withCompatibility(Compatibility.EQUALSHARES_NET));
    }

    @Test
    void describesAMinimumProjectScore() {
        assertThat(RuleConfig.of("greedy_cost").withMinimumProjectScore(new BigDecimal("3000")).describe())
                .isEqualTo("greedy_cost [minimum score 3000]");
    }

    @Test
    void readsTieBreakingKeys() {
        assertThat(TieBreaking.fromKey("app_score")).isEqualTo(TieBreaking.APPROVAL_SCORE);
        assertThatIllegalArgumentException().isThrownBy(() -> TieBreaking.fromKey("coin"));
    }
}
