// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

/** Lists of project indices kept in the first {@code size} slots of an {@code int[]}, without boxing. */
final class IntLists {

    private IntLists() {
    }

    /**
     * Removes every occurrence of {@code value} from {@code items[0..size)}, keeping the order of the rest.
     *
     * @return the new size
     */
    static int remove(int[] items, int size, int value) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (items[i] != value) {
                items[kept++] = items[i];
            }
        }
        return kept;
    }

    /**
     * Sorts {@code items[0..size)} ascending by {@code key[item]}, stably, by insertion: the callers' lists are short or
     * nearly sorted already. Without a comparator object: in the engine's hot loops a comparator call site sees
     * several lambdas and is then not inlined.
     */
    static void sortBy(int[] items, int size, double[] key) {
        for (int i = 1; i < size; i++) {
            int item = items[i];
            int j = i - 1;
            while (j >= 0 && key[items[j]] > key[item]) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }
}
