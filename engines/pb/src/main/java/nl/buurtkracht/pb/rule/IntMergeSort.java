// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.function.IntBinaryOperator;

/**
 * A stable sort of an {@code int[]} by a comparator, without boxing: a bottom-up merge sort over runs that an
 * insertion sort builds first (short arrays, the usual few dozen projects, are only insertion-sorted).
 */
final class IntMergeSort {

    /** Runs of this length are insertion-sorted before merging. */
    private static final int RUN = 16;

    private IntMergeSort() {
    }

    /** Sorts {@code values} ascending by {@code comparator}; equal elements keep their order. */
    static void sort(int[] values, IntBinaryOperator comparator) {
        int n = values.length;
        for (int from = 0; from < n; from += RUN) {
            insertionSort(values, from, Math.min(n, from + RUN), comparator);
        }
        if (n <= RUN) {
            return;
        }
        int[] source = values;
        int[] target = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                merge(source, target, from, Math.min(n, from + width), Math.min(n, from + 2 * width), comparator);
            }
            int[] swap = source;
            source = target;
            target = swap;
        }
        if (source != values) {
            System.arraycopy(source, 0, values, 0, n);
        }
    }

    private static void insertionSort(int[] values, int from, int to, IntBinaryOperator comparator) {
        for (int i = from + 1; i < to; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= from && comparator.applyAsInt(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    /** Merges the sorted ranges [from, middle) and [middle, to) of source into target; the left wins ties. */
    private static void merge(int[] source, int[] target, int from, int middle, int to, IntBinaryOperator comparator) {
        int i = from;
        int j = middle;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < middle && comparator.applyAsInt(source[i], source[j]) <= 0)) {
                target[k] = source[i++];
            } else {
                target[k] = source[j++];
            }
        }
    }
}
