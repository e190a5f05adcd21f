// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class MaximumUtilitarianWelfareTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new MaximumUtilitarianWelfare(Satisfaction.CARDINALITY);
    }

    @Test
    void prefersIncludingSmallerIdsAmongSetsOfEqualWelfareAndCost() {
        Outcome outcome = rule().apply(TestFiles.read("knapsack.pb"));
        assertThat(outcome.selected()).containsExactly("a", "d");
        assertThat(((Explanation.WelfareMaximisation) outcome.explanation().phases().get(0)).welfare())
                .isEqualTo(Rational.of(2));
    }

    @Test
    void prefersTheCheaperOfTwoSetsWithEqualWelfare() {
        assertThat(rule().apply(TestFiles.approvals(10, "x=4 y=6 z=9", "x", "y", "z", "z")).selected())
                .containsExactly("z");
    }

    @Test
    void alwaysIncludesFreeProjectsThatDoNotLowerWelfare() {
        assertThat(rule().apply(TestFiles.read("edge-cases.pb")).selected()).containsExactly("a", "z", "c");
    }

    @Test
    void maximisesCostWelfareWithLargeAmounts() {
        assertThat(new MaximumUtilitarianWelfare(Satisfaction.COST).apply(TestFiles.approvals(2_000_000_011L,
                "p=1000000007 q=1000000009 r=999999937", "p", "q", "r,q")).selected()).containsExactly("q", "r");
    }
}
