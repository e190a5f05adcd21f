// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PanelDistributionTests {

    @Test
    void listsPeopleWithAValueWhoseMaximumIsZeroAsExcludedAndLeavesThemOutOfTheMinimum() {
        SelectionProblem problem = SelectionProblem.builder(List.of(Quota.of("age", "0-15", 0, 0),
                Quota.of("age", "16+", 0, 2)))
            .panelSize(2)
            .respondent("child", Map.of("age", "0-15"))
            .respondent("a", Map.of("age", "16+")).respondent("b", Map.of("age", "16+"))
            .respondent("c", Map.of("age", "16+")).respondent("d", Map.of("age", "16+"))
            .build();
        PanelDistribution distribution = new LeximinSelection().distribution(problem);
        assertThat(distribution.excluded()).containsExactly("child");
        assertThat(distribution.probabilityOf("child")).isZero();
        assertThat(distribution.minProbability()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void listsPeopleInNoFeasiblePanelAsUnreachableWithProbabilityZero() {
        SelectionProblem problem = SelectionProblem.builder(List.of(Quota.of("g", "v", 0, 1), Quota.of("g", "w", 2, 2)))
            .panelSize(2)
            .respondent("a", Map.of("g", "v")).respondent("b", Map.of("g", "w")).respondent("c", Map.of("g", "w"))
            .build();
        PanelDistribution distribution = new MaximinSelection().distribution(problem);
        assertThat(distribution.unreachable()).containsExactly("a");
        assertThat(distribution.minProbability()).isZero();
        assertThat(distribution.probabilityOf("b")).isCloseTo(1, within(1e-9));
    }

    @Test
    void rejectsAnUnknownId() {
        PanelDistribution distribution = new MaximinSelection().distribution(Pools.wholePool());
        assertThatIllegalArgumentException().isThrownBy(() -> distribution.probabilityOf("nobody"));
    }

    @Test
    void drawsAccordingToThePanelProbabilities() {
        PanelDistribution distribution = new LeximinSelection().distribution(Pools.everyoneEqual());
        long holding = java.util.stream.LongStream.range(0, 4000)
            .filter(seed -> distribution.draw(seed).panel().contains("0")).count();
        assertThat(holding / 4000.0).isCloseTo(0.25, within(0.03));
    }
}
