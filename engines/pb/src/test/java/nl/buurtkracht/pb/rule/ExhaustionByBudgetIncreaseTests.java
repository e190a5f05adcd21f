// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.buurtkracht.pb.Explanation.EqualShares;
import nl.buurtkracht.pb.Explanation.StopReason;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class ExhaustionByBudgetIncreaseTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new ExhaustionByBudgetIncrease(new MethodOfEqualShares(Satisfaction.COST));
    }

    @Test
    void raisesTheTotalBudgetInStepsOfOnePercent() {
        Profile profile = TestFiles.approvals(100, "x=60 y=60", "x", "x", "y", "y");
        Outcome outcome = rule().apply(profile);
        assertThat(outcome.rule()).isEqualTo("mes_cost_exh1pct");
        assertThat(outcome.selected()).isEmpty();
        EqualShares phase = (EqualShares) outcome.explanation().phases().get(0);
        assertThat(phase.stop()).isEqualTo(StopReason.NEXT_BUDGET_OVERSPENDS);
        assertThat(phase.budgetPerVoter()).as("the last budget before both projects got funded: 119 / 4")
                .isEqualTo(Rational.of(119, 4));
    }

    @Test
    void stopsAtTheBoundOfTheBudgetTimesVotersPlusOne() {
        Outcome outcome = rule().apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("c");
        EqualShares phase = (EqualShares) outcome.explanation().phases().get(0);
        assertThat(phase.stop()).isEqualTo(StopReason.BUDGET_BOUND_REACHED);
        assertThat(phase.runs()).isEqualTo(401);
    }

    @Test
    void rejectsANonPositiveStep() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExhaustionByBudgetIncrease(
                new MethodOfEqualShares(Satisfaction.COST), Rational.ZERO));
    }
}
