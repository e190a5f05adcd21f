// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.LongStream;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Greedy welfare, sequential Phragmén and maximum welfare agree with {@link ReferenceRules} on random instances. */
class OtherRulesPropertyTests {

    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void greedySelectsWhatTheReferenceSelects(long seed) {
        for (VoteType type : VoteType.values()) {
            Profile profile = RandomProfiles.of(RandomProfiles.random(seed), type);
            for (Satisfaction satisfaction : Satisfaction.values()) {
                if (satisfaction.supports(type)) {
                    assertThat(new GreedyUtilitarianWelfare(satisfaction).select(profile).selected())
                            .as("seed %d, %s, %s: %s", seed, type, satisfaction, RandomProfiles.describe(profile))
                            .isEqualTo(ReferenceRules.greedy(profile, satisfaction));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void phragmenSelectsWhatTheReferenceSelects(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), seed % 3 == 0 ? VoteType.CHOOSE_1
                : VoteType.APPROVAL);
        assertThat(new SequentialPhragmen().select(profile).selected())
                .as("seed %d: %s", seed, RandomProfiles.describe(profile))
                .isEqualTo(ReferenceRules.phragmen(profile));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maximumWelfareFindsTheSetTheBruteForceFinds(long seed) {
        VoteType type = seed % 2 == 0 ? VoteType.APPROVAL : VoteType.SCORING;
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), type);
        for (Satisfaction satisfaction : Satisfaction.values()) {
            if (satisfaction.supports(type)) {
                assertThat(new HashSet<>(new MaximumUtilitarianWelfare(satisfaction).select(profile).selected()))
                        .as("seed %d, %s: %s", seed, satisfaction, RandomProfiles.describe(profile))
                        .isEqualTo(new HashSet<>(ReferenceRules.maximumWelfare(profile, satisfaction)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maximumWelfareSearchesExactlyWithoutATable(long seed) {
        java.util.random.RandomGenerator random = RandomProfiles.random(seed);
        int items = 1 + random.nextInt(10);
        long[] cost = new long[items];
        long[] welfare = new long[items];
        long total = 0;
        for (int i = 0; i < items; i++) {
            cost[i] = 1 + random.nextLong(1_000_000_000L);
            welfare[i] = random.nextInt(4) == 0 ? cost[i] * (1 + random.nextInt(3)) : 1 + random.nextLong(5_000_000_000L);
            total += cost[i];
        }
        long budget = random.nextLong(total + 1);
        boolean[] searched = new KnapsackSearch(cost, welfare, budget).solve();
        boolean[] exhaustive = bruteForce(cost, welfare, budget);
        assertThat(searched).as("seed %d", seed).isEqualTo(exhaustive);
    }

    private static boolean[] bruteForce(long[] cost, long[] welfare, long budget) {
        int n = cost.length;
        long best = -1;
        long bestWelfare = -1;
        long bestCost = 0;
        for (long mask = 0; mask < (1L << n); mask++) {
            long c = 0;
            long w = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) != 0) {
                    c += cost[i];
                    w += welfare[i];
                }
            }
            boolean better = w > bestWelfare || (w == bestWelfare && c < bestCost)
                    || (w == bestWelfare && c == bestCost && prefers(mask, best, n));
            if (c <= budget && better) {
                best = mask;
                bestWelfare = w;
                bestCost = c;
            }
        }
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            taken[i] = (best & (1L << i)) != 0;
        }
        return taken;
    }

    private static boolean prefers(long a, long b, int n) {
        for (int i = 0; i < n; i++) {
            if ((a & (1L << i)) != (b & (1L << i))) {
                return (a & (1L << i)) != 0;
            }
        }
        return false;
    }
}
