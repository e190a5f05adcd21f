// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

/** Exact comparisons of products of longs, without overflow and without allocation. */
final class Exact {

    private Exact() {
    }

    /** Compares {@code a * b} with {@code c * d} exactly (128-bit products). */
    static int compareProducts(long a, long b, long c, long d) {
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** Compares the fractions {@code a / b} and {@code c / d} for positive {@code b} and {@code d}. */
    static int compareFractions(long a, long b, long c, long d) {
        return compareProducts(a, d, c, b);
    }
}
