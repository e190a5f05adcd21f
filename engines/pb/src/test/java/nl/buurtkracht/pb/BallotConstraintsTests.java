// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotConstraintsTests {

    private final Instance instance = Instance.builder().budget(1000).decimals(2)
            .project("a", "A", 600).project("b", "B", 500).project("c", "C", 100).build();

    @Test
    void acceptsAKnapsackBallotWithinTheLimit() {
        assertThat(BallotConstraints.knapsack(new BigDecimal("10")).violation(Ballot.approval("v", "a", "c"), instance))
                .isEmpty();
    }

    @Test
    void rejectsAKnapsackBallotOverTheLimit() {
        assertThat(BallotConstraints.knapsack(new BigDecimal("10")).violation(Ballot.approval("v", "a", "b"), instance))
                .contains("costs 11.00 in total, more than 10");
    }

    @Test
    void checksTheNumberOfProjects() {
        BallotConstraints twoOrThree = BallotConstraints.length(2, 3);
        assertThat(twoOrThree.violation(Ballot.approval("v", "a"), instance)).contains("lists 1 projects, fewer than 2");
        assertThat(twoOrThree.violation(Ballot.approval("v", "a", "b"), instance)).isEmpty();
    }

    @Test
    void checksPointsPerProjectAndInTotal() {
        BallotConstraints cumulative = new BallotConstraints(null, null, null, null, BigDecimal.ZERO,
                new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("4"));
        assertThat(cumulative.violation(Ballot.points("v", Map.of("a", 4)), instance))
                .contains("gives 4 points, more than 3");
        assertThat(cumulative.violation(Ballot.points("v", Map.of("a", 3, "b", 2)), instance))
                .contains("gives 5 points in total, more than 4");
        assertThat(cumulative.violation(Ballot.points("v", Map.of()), instance))
                .contains("gives 0 points in total, less than 1");
    }

    @Test
    void writesOnlyTheConstraintsThatAreSet() {
        assertThat(BallotConstraints.knapsack(new BigDecimal("250000")).asMeta())
                .containsExactly(Map.entry("max_sum_cost", "250000"));
        assertThat(BallotConstraints.NONE.asMeta()).isEmpty();
    }
}
