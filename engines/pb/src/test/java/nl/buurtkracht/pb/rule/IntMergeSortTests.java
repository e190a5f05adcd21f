// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive sort orders like the library's stable sort of boxed values, for short and long arrays. */
class IntMergeSortTests {

    @Test
    void sortsStablyLikeTheLibrarySortAtEveryLength() {
        Random random = new Random(20261130);
        for (int n = 0; n <= 300; n++) {
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                // few distinct keys, so that stability matters
                keys[i] = random.nextInt(1 + n / 4);
            }
            int[] values = new int[n];
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                values[i] = i;
                expected[i] = i;
            }
            IntMergeSort.sort(values, (a, b) -> Integer.compare(keys[a], keys[b]));
            Arrays.sort(expected, Comparator.comparingInt(i -> keys[i]));
            assertThat(values).as("length %d", n).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
        }
    }

    @Test
    void keepsAnAlreadySortedAndReversesADescendingArray() {
        int[] ascending = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        int[] descending = {20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        IntMergeSort.sort(ascending, Integer::compare);
        IntMergeSort.sort(descending, Integer::compare);
        assertThat(descending).containsExactly(ascending);
    }
}
