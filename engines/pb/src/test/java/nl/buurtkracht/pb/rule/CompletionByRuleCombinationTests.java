// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class CompletionByRuleCombinationTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new CompletionByRuleCombination("mes_cost_then_greedy", new MethodOfEqualShares(Satisfaction.COST),
                new GreedyUtilitarianWelfare(Satisfaction.COST));
    }

    @Test
    void completesGreedilyWhatTheFirstRuleLeftOver() {
        Outcome outcome = rule().apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("c", "a", "z");
        assertThat(outcome.explanation().phases()).hasSize(2);
        assertThat(outcome.explanation().phases().get(0)).isInstanceOf(Explanation.EqualShares.class);
        assertThat(outcome.explanation().phases().get(1)).isInstanceOf(Explanation.Greedy.class);
        assertThat(outcome.explanation().rejections())
                .containsExactly(new Rejection("b", 5, Reason.DID_NOT_FIT, Rational.of(4)));
    }

    @Test
    void keepsTheFirstOutcomeWhenNothingElseFits() {
        Outcome outcome = rule().apply(TestFiles.read("ranking.pb"));
        assertThat(outcome.selected()).containsExactly("A", "C");
        assertThat(outcome.explanation().phases()).hasSize(1);
    }

    @Test
    void continuesAfterTheProjectsAlreadySelected() {
        Outcome outcome = VotingRules.create("mes_cost_add1_then_greedy").apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("c", "a", "z");
        Explanation.Greedy greedy = (Explanation.Greedy) outcome.explanation().phases().get(1);
        assertThat(greedy.startingBudget()).isEqualTo(4);
        assertThat(greedy.steps()).extracting(Explanation.GreedyStep::projectId).containsExactly("a", "b", "z");
    }
}
