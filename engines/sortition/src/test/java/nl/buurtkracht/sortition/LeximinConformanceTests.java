// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** LEXIMIN against the published minimum probabilities of the public instances (spec §8). */
class LeximinConformanceTests {

    private final LeximinSelection leximin = new LeximinSelection();

    @Test
    void reachesTenPercentOnExampleSmall20() {
        SelectionProblem problem = Instances.exampleSmall20();
        PanelDistribution distribution = this.leximin.distribution(problem);
        assertThat(distribution.minProbability()).isCloseTo(0.100, within(0.001));
        assertFeasibleAndSummingToK(problem, distribution);
    }

    @Test
    void reachesOneEleventhOnTheSortitionFoundationFixture() {
        SelectionProblem problem = Instances.sortitionFoundationFixture();
        PanelDistribution distribution = this.leximin.distribution(problem);
        assertThat(distribution.minProbability()).isCloseTo(1.0 / 11, within(0.001));
        assertThat(distribution.maxProbability()).isCloseTo(0.471, within(0.002));
        assertFeasibleAndSummingToK(problem, distribution);
    }

    @Test
    void reachesTenPercentOnExampleLarge200() {
        SelectionProblem problem = Instances.exampleLarge200();
        PanelDistribution distribution = this.leximin.distribution(problem);
        assertThat(distribution.minProbability()).isCloseTo(0.100, within(0.001));
        assertFeasibleAndSummingToK(problem, distribution);
    }

    @Test
    void leximinMinimumEqualsTheMaximinOptimumOnTheFixture() {
        SelectionProblem problem = Instances.sortitionFoundationFixture();
        assertThat(this.leximin.distribution(problem).minProbability())
            .isCloseTo(new MaximinSelection().distribution(problem).minProbability(), within(1e-4));
    }

    private static void assertFeasibleAndSummingToK(SelectionProblem problem, PanelDistribution distribution) {
        assertThat(distribution.panels())
            .allSatisfy(p -> assertThat(Pools.meetsQuotas(problem, p.panel())).as("panel %s", p.panel()).isTrue());
        assertThat(distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(problem.panelSize(), within(1e-6));
    }
}
