// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class GreedyUtilitarianWelfareTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new GreedyUtilitarianWelfare(Satisfaction.COST);
    }

    @Test
    void fundsTheMostVotedProjectsAndSkipsWhatDoesNotFit() {
        Outcome outcome = rule().apply(TestFiles.read("choose-1.pb"));
        assertThat(outcome.selected()).containsExactly("P-2", "P-3");
        Explanation.Greedy greedy = (Explanation.Greedy) outcome.explanation().phases().get(0);
        assertThat(greedy.steps()).extracting(Explanation.GreedyStep::projectId, Explanation.GreedyStep::supporters,
                        Explanation.GreedyStep::selected, Explanation.GreedyStep::remainingBudget)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-2", 2L, true, 50L),
                        org.assertj.core.groups.Tuple.tuple("P-1", 1L, false, 50L),
                        org.assertj.core.groups.Tuple.tuple("P-3", 1L, true, 20L));
        assertThat(outcome.explanation().rejections())
                .containsExactly(new Rejection("P-1", 60, Reason.DID_NOT_FIT, Rational.of(50)));
    }

    @Test
    void breaksEqualDensitiesByIdInCodePointOrder() {
        assertThat(rule().apply(TestFiles.read("ties.pb")).selected()).containsExactly("10");
    }

    @Test
    void buysFreeAndUnsupportedProjectsWhenTheyStillFit() {
        assertThat(rule().apply(TestFiles.read("edge-cases.pb")).selected()).containsExactly("c", "a", "z");
    }

    @Test
    void ranksBySupportersPerCostWithCardinalitySatisfaction() {
        Outcome outcome = new GreedyUtilitarianWelfare(Satisfaction.CARDINALITY).apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("a", "c", "z");
        Explanation.Greedy greedy = (Explanation.Greedy) outcome.explanation().phases().get(0);
        assertThat(greedy.steps().get(0).density()).as("a free supported project ranks first").isNull();
        assertThat(greedy.steps().get(1).density()).isEqualTo(Rational.of(1, 3));
    }

    @Test
    void ranksByPointsPerCostWithPointsSatisfaction() {
        assertThat(new GreedyUtilitarianWelfare(Satisfaction.POINTS).apply(TestFiles.read("points.pb")).selected())
                .containsExactly("q", "p");
    }

    @Test
    void givesProjectsWithANegativeTotalScoreDensityZero() {
        Outcome outcome = new GreedyUtilitarianWelfare(Satisfaction.POINTS).apply(TestFiles.read("scoring.pb"));
        assertThat(outcome.selected()).containsExactly("a", "c");
        Explanation.Greedy greedy = (Explanation.Greedy) outcome.explanation().phases().get(0);
        assertThat(greedy.steps().get(2).projectId()).isEqualTo("b");
        assertThat(greedy.steps().get(2).density()).isEqualTo(Rational.ZERO);
    }

    @Test
    void stopsAtTheFirstProjectThatDoesNotFitWithoutSkipping() {
        Outcome outcome = new GreedyUtilitarianWelfare(Satisfaction.COST).withoutSkipping()
                .apply(TestFiles.read("choose-1.pb"));
        assertThat(outcome.selected()).containsExactly("P-2");
        assertThat(outcome.rule()).isEqualTo("greedy_cost_no_skip");
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-1", Reason.DID_NOT_FIT),
                        org.assertj.core.groups.Tuple.tuple("P-3", Reason.NOT_REACHED));
    }

    @Test
    void countsDecimalAmountsExactly() {
        Outcome outcome = rule().apply(TestFiles.read("decimals.pb"));
        assertThat(outcome.selected()).containsExactly("p1", "p2");
        assertThat(outcome.totalCost()).isEqualTo(1250);
        assertThat(outcome.totalCostAsDecimal()).isEqualByComparingTo("12.5");
    }

    @Test
    void rejectsPointsSatisfactionForApprovalBallots() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GreedyUtilitarianWelfare(Satisfaction.POINTS).apply(TestFiles.read("ties.pb")))
                .withMessageContaining("points satisfaction is not defined for approval ballots");
    }
}
