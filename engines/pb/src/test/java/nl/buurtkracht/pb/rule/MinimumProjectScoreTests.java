// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class MinimumProjectScoreTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new MinimumProjectScore(new GreedyUtilitarianWelfare(Satisfaction.COST), BigDecimal.valueOf(2));
    }

    @Test
    void leavesOutProjectsBelowTheCitysThreshold() {
        Outcome outcome = new MinimumProjectScore(new GreedyUtilitarianWelfare(Satisfaction.COST), null)
                .apply(TestFiles.read("threshold.pb"));
        assertThat(outcome.selected()).containsExactly("a");
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason,
                Rejection::amount).containsExactly(tuple("b", Reason.BELOW_THRESHOLD, Rational.of(1)),
                tuple("c", Reason.DID_NOT_FIT, Rational.of(4)));
        assertThat(VotingRules.create("greedy_cost").select(TestFiles.read("threshold.pb")).selected())
                .as("without the threshold").containsExactly("a", "b");
    }

    @Test
    void scoresPointBallotsByTheirTotalPoints() {
        Outcome outcome = new MinimumProjectScore(new GreedyUtilitarianWelfare(Satisfaction.COST), BigDecimal.valueOf(3))
                .apply(TestFiles.read("points.pb"));
        assertThat(outcome.selected()).containsExactly("p", "q");
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason)
                .containsExactly(tuple("r", Reason.BELOW_THRESHOLD));
    }

    @Test
    void needsAThresholdFromTheConfigurationOrTheFile() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinimumProjectScore(
                new GreedyUtilitarianWelfare(Satisfaction.COST), null).apply(TestFiles.read("ties.pb")))
                .withMessageContaining("min_project_score_threshold");
    }
}
