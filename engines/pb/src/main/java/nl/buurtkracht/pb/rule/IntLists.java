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
}
