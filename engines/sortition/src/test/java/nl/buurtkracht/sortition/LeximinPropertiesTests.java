// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties of LEXIMIN on random pools; the seed is in every failure message. */
class LeximinPropertiesTests {

    @RepeatedTest(10)
    void mergingInterchangeableRespondentsGivesTheSameProbabilities(RepetitionInfo repetition) {
        long seed = 7000L + repetition.getCurrentRepetition();
        SelectionProblem problem = feasibleRandomPool(seed, false);
        PanelDistribution merged = new LeximinSelection().distribution(problem);
        PanelDistribution perPerson = new LeximinSelection(SolverSettings.defaults().withMergeInterchangeable(false))
            .distribution(problem);
        perPerson.probabilities().forEach((id, p) -> assertThat(merged.probabilityOf(id))
            .as("seed %d, respondent %s", seed, id).isCloseTo(p, within(2e-4)));
    }

    @RepeatedTest(10)
    void minimumEqualsTheMaximinOptimumAndTheSortedVectorDominatesIt(RepetitionInfo repetition) {
        long seed = 8000L + repetition.getCurrentRepetition();
        SelectionProblem problem = feasibleRandomPool(seed, true);
        double[] leximin = sorted(new LeximinSelection().distribution(problem));
        double[] maximin = sorted(new MaximinSelection().distribution(problem));
        assertThat(leximin[0]).as("seed %d", seed).isCloseTo(maximin[0], within(1e-5));
        for (int i = 0; i < leximin.length; i++) {
            if (Math.abs(leximin[i] - maximin[i]) > 1e-4) {
                assertThat(leximin[i]).as("seed %d: first difference of the sorted vectors, at %d", seed, i)
                    .isGreaterThan(maximin[i]);
                return;
            }
        }
    }

    @RepeatedTest(12)
    void matchesAnExactLeximinOverAllPanelsOnTinyPools(RepetitionInfo repetition) {
        long seed = 9000L + repetition.getCurrentRepetition();
        RandomGenerator random = new SplitMix64(seed);
        SelectionProblem problem = null;
        for (int attempt = 0; attempt < 20 && problem == null; attempt++) {
            SelectionProblem candidate = Pools.random(random, 8 + random.nextInt(5), 3 + random.nextInt(2), true);
            problem = candidate.diagnose().isEmpty() ? candidate : null;
        }
        assertThat(problem).as("a feasible tiny pool for seed %d", seed).isNotNull();
        double[] exact = ExactLeximin.probabilities(problem);
        PanelDistribution ours = new LeximinSelection().distribution(problem);
        for (int i = 0; i < exact.length; i++) {
            String id = problem.respondents().get(i).id();
            assertThat(ours.probabilityOf(id)).as("seed %d, respondent %s", seed, id).isCloseTo(exact[i], within(1e-4));
        }
    }

    private static double[] sorted(PanelDistribution distribution) {
        double[] values = distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        return values;
    }

    private static SelectionProblem feasibleRandomPool(long seed, boolean households) {
        RandomGenerator random = new SplitMix64(seed);
        for (int attempt = 0; attempt < 20; attempt++) {
            SelectionProblem problem = Pools.random(random, 12 + random.nextInt(16), 3 + random.nextInt(4), households);
            if (problem.diagnose().isEmpty()) {
                return problem;
            }
        }
        throw new AssertionError("no feasible random pool for seed " + seed);
    }
}
