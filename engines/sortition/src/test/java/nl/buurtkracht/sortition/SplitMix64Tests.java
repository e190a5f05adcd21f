// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SplitMix64Tests {

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, -1, 20240917, Long.MAX_VALUE })
    void producesTheSequenceOfSplittableRandom(long seed) {
        SplitMix64 ours = new SplitMix64(seed);
        SplittableRandom jdk = new SplittableRandom(seed);
        for (int i = 0; i < 100; i++) {
            assertThat(ours.nextLong()).as("seed %d, step %d", seed, i).isEqualTo(jdk.nextLong());
        }
    }

    @Test
    void matchesThePublishedFirstOutputsForSeedZero() {
        SplitMix64 random = new SplitMix64(0);
        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    }

    @Test
    void drawsEveryNumberBelowTheBoundAboutEquallyOften() {
        SplitMix64 random = new SplitMix64(99);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[(int) random.nextBelow(7)]++;
        }
        assertThat(java.util.Arrays.stream(counts).boxed().toList()).allSatisfy(c -> assertThat(c).isBetween(9_500, 10_500));
    }

    @Test
    void rejectsANonPositiveBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SplitMix64(1).nextBelow(0));
    }
}
