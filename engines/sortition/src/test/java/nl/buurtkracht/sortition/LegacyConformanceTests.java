// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LEGACY's Monte Carlo estimate against LEXIMIN on the Sortition Foundation fixture (spec §8). */
class LegacyConformanceTests {

    @Test
    void givesAClearlyLowerMinimumThanLeximinOverTenThousandDraws() {
        SelectionProblem problem = Instances.sortitionFoundationFixture();
        PanelDistribution legacy = new LegacySelection(10_000, 1, 100).distribution(problem);
        double leximinMinimum = 1.0 / 11;
        assertThat(legacy.estimated()).isTrue();
        assertThat(legacy.minProbability()).as("LEGACY minimum over 10,000 draws").isLessThan(0.8 * leximinMinimum);
        assertThat(legacy.panels()).allSatisfy(p -> assertThat(Pools.meetsQuotas(problem, p.panel())).isTrue());
        System.out.printf("LEGACY on the fixture, 10,000 draws: min %.4f, max %.4f, %s%n", legacy.minProbability(),
                legacy.maxProbability(), legacy.warnings());
    }
}
