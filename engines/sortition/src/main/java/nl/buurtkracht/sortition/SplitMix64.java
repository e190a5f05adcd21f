// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.random.RandomGenerator;

/**
 * The SplitMix64 generator (Steele, Lea &amp; Flood, OOPSLA 2014), written out so that anyone can
 * recompute a draw in any language. The state starts at the seed; each step adds
 * {@code 0x9E3779B97F4A7C15} to the state and returns {@code mix(state)}, where mix is
 * {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >>> 27)) * 0x94D049BB133111EB;
 * return z ^ (z >>> 31)} in 64-bit two's complement arithmetic. This is the sequence of
 * {@code new java.util.SplittableRandom(seed).nextLong()}.
 *
 * <p>{@link #nextBelow(long)} maps the stream to 0..bound−1 by rejection sampling, not by a plain
 * {@code mod}, so every outcome is exactly equally likely.
 */
public final class SplitMix64 implements RandomGenerator {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator started at this seed. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        this.state += GAMMA;
        long z = this.state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform number in 0..bound−1: take {@code r = nextLong() >>> 1} (63 bits), reject it while
     * {@code r >= 2^63 − (2^63 mod bound)}, and return {@code r mod bound}.
     */
    public long nextBelow(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound + 1) % bound;
        while (true) {
            long r = nextLong() >>> 1;
            if (r <= limit) {
                return r % bound;
            }
        }
    }

    /** A uniform double in [0, 1): the top 53 bits of {@link #nextLong()} times 2⁻⁵³. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
