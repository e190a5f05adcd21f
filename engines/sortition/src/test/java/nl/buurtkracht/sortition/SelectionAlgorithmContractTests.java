// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/** What every {@link SelectionAlgorithm} promises. Implementations override only {@link #algorithm()}. */
abstract class SelectionAlgorithmContractTests {

    protected abstract SelectionAlgorithm algorithm();

    @Test
    void everyPanelInTheDistributionMeetsTheQuotasAndTheHouseholdRule() {
        SelectionProblem problem = Pools.households();
        PanelDistribution distribution = algorithm().distribution(problem);
        assertThat(distribution.panels()).isNotEmpty()
            .allSatisfy(p -> assertThat(Pools.meetsQuotas(problem, p.panel())).as("panel %s", p.panel()).isTrue());
    }

    @Test
    void probabilitiesSumToThePanelSizeAndPanelProbabilitiesToOne() {
        PanelDistribution distribution = algorithm().distribution(Pools.households());
        assertThat(distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(4, within(1e-9));
        assertThat(distribution.panels().stream().mapToDouble(WeightedPanel::probability).sum())
            .isCloseTo(1, within(1e-9));
    }

    @Test
    void probabilitiesAreTheShareOfPanelsHoldingEachPerson() {
        PanelDistribution distribution = algorithm().distribution(Pools.households());
        for (Map.Entry<String, Double> entry : distribution.probabilities().entrySet()) {
            double holding = distribution.panels().stream().filter(p -> p.panel().contains(entry.getKey()))
                .mapToDouble(WeightedPanel::probability).sum();
            assertThat(entry.getValue()).as(entry.getKey()).isCloseTo(holding, within(1e-9));
        }
    }

    @Test
    void sameSeedDrawsTheSamePanel() {
        SelectionProblem problem = Pools.households();
        Selection first = algorithm().select(problem, 20240917L);
        Selection second = algorithm().select(problem, 20240917L);
        assertThat(second.panel()).isEqualTo(first.panel());
        assertThat(second.seed()).isEqualTo(20240917L);
        assertThat(second.distribution().panels()).isEqualTo(first.distribution().panels());
    }

    @Test
    void drawnPanelIsInTheDistribution() {
        Selection selection = algorithm().select(Pools.households(), 7);
        assertThat(selection.distribution().panels()).extracting(WeightedPanel::panel).contains(selection.panel());
        assertThat(selection.lotteryOutcome()).isEmpty();
    }

    @Test
    void differentSeedsCanDrawDifferentPanels() {
        SelectionProblem problem = Pools.households();
        PanelDistribution distribution = algorithm().distribution(problem);
        assertThat(java.util.stream.LongStream.range(0, 50).mapToObj(s -> distribution.draw(s).panel()).distinct()
            .count()).isGreaterThan(1);
    }

    @Test
    void lotteryWinnerIsOneOfTheListedPanels() {
        Selection selection = algorithm().select(Pools.households(), 42, 100);
        Selection.LotteryOutcome outcome = selection.lotteryOutcome().orElseThrow();
        assertThat(outcome.lottery().size()).isEqualTo(100);
        assertThat(outcome.winningNumber()).isBetween(1, 100);
        assertThat(outcome.lottery().panel(outcome.winningNumber())).isEqualTo(selection.panel());
    }

    @Test
    void givesEveryoneTheSameProbabilityWhenAllAreAlike() {
        PanelDistribution distribution = algorithm().distribution(Pools.everyoneEqual());
        double tolerance = distribution.estimated() ? 0.06 : 1e-6;
        assertThat(distribution.probabilities().values()).allSatisfy(p -> assertThat(p).isCloseTo(0.25, within(tolerance)));
    }

    @Test
    void selectsEveryoneWhenThePanelIsTheWholePool() {
        PanelDistribution distribution = algorithm().distribution(Pools.wholePool());
        assertThat(distribution.panels()).hasSize(1);
        assertThat(distribution.minProbability()).isCloseTo(1, within(1e-9));
    }

    @Test
    void reportsConflictingQuotasAndTheirRelaxation() {
        assertThatExceptionOfType(InfeasibleQuotasException.class)
            .isThrownBy(() -> algorithm().distribution(Pools.infeasible()))
            .satisfies(ex -> {
                assertThat(ex.report().conflict()).extracting(QuotaBound::toString)
                    .containsExactlyInAnyOrder("gender=vrouw >= 3", "age=jong >= 3");
                assertThat(ex.report().relaxation())
                    .containsExactly(new QuotaChange("age", "jong", 3, 4, 2, 4));
            });
    }

    @RepeatedTest(8)
    void randomPoolsGiveFeasiblePanelsAndProbabilitiesSummingToK(RepetitionInfo repetition) {
        long seed = 1000L + repetition.getCurrentRepetition();
        RandomGenerator random = new SplitMix64(seed);
        SelectionProblem problem = Pools.random(random, 14 + random.nextInt(14), 3 + random.nextInt(4), true);
        if (problem.diagnose().isPresent()) {
            assertThatExceptionOfType(InfeasibleQuotasException.class)
                .as("seed %d", seed).isThrownBy(() -> algorithm().distribution(problem));
            return;
        }
        PanelDistribution distribution = algorithm().distribution(problem);
        assertThat(distribution.panels()).as("seed %d", seed)
            .allSatisfy(p -> assertThat(Pools.meetsQuotas(problem, p.panel())).as("seed %d, panel %s", seed, p).isTrue());
        assertThat(distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
            .as("seed %d", seed).isCloseTo(problem.panelSize(), within(1e-9));
    }
}
