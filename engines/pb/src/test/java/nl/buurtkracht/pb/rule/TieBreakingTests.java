// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.UnresolvedTieException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tie-breaking options decide exact ties only, and {@code refuse} fails only on ties that matter. */
class TieBreakingTests {

    /** Two projects with one supporter each: equal density, and only one of them fits. */
    private final Profile costTie = TestFiles.approvals(3, "a=3 b=2", "a", "b");

    @ParameterizedTest
    @CsvSource({"id, a", "min_cost, b", "max_cost, a", "app_score, a"})
    void ordersEqualDensities(String tieBreaking, String winner) {
        assertThat(new GreedyUtilitarianWelfare(Satisfaction.COST, TieBreaking.fromKey(tieBreaking)).select(costTie)
                .selected()).containsExactly(winner);
    }

    @Test
    void prefersTheMostApprovedProjectWithAppScore() {
        Profile profile = TestFiles.approvals(4, "b=4 a=2", "b", "b", "a");
        assertThat(new GreedyUtilitarianWelfare(Satisfaction.CARDINALITY).select(profile).selected())
                .containsExactly("a");
        assertThat(new GreedyUtilitarianWelfare(Satisfaction.CARDINALITY, TieBreaking.APPROVAL_SCORE).select(profile)
                .selected()).containsExactly("b");
    }

    @Test
    void allowsAppScoreOnlyForApprovalBallots() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GreedyUtilitarianWelfare(Satisfaction.COST,
                TieBreaking.APPROVAL_SCORE).apply(TestFiles.read("ranking.pb")));
    }

    @Test
    void refusesATieThatDecidesTheOutcome() {
        assertThatExceptionOfType(UnresolvedTieException.class).isThrownBy(() -> new GreedyUtilitarianWelfare(
                Satisfaction.COST, TieBreaking.REFUSE).select(costTie)).withMessageContaining("a, b");
    }

    @Test
    void acceptsATieThatDoesNotChangeTheOutcome() {
        Profile bothFit = TestFiles.withBudget(costTie, 5);
        assertThat(new GreedyUtilitarianWelfare(Satisfaction.COST, TieBreaking.REFUSE).select(bothFit).selected())
                .containsExactly("a", "b");
    }

    @Test
    void isAvailableOnEveryRuleThroughTheConfiguration() {
        RuleConfig config = RuleConfig.of("mes_card_add1").withTieBreaking(TieBreaking.REFUSE);
        assertThatExceptionOfType(UnresolvedTieException.class)
                .isThrownBy(() -> VotingRules.create(config).apply(TestFiles.read("ties.pb")));
    }
}
