// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import nl.buurtkracht.pb.RandomProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Limb arithmetic agrees with {@link BigInteger} on random operands, including carries across every limb. */
class LimbsTests {

    private static final int LENGTH = 4;

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    private static BigInteger random(RandomGenerator random, int bits) {
        return new BigInteger(Math.max(1, bits), new java.util.Random(random.nextLong()));
    }

    private static long[] limbs(BigInteger value, int length) {
        long[] limbs = new long[length];
        Limbs.set(value, limbs, 0, length);
        return limbs;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void multipliesByALongLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger a = random(random, 1 + random.nextInt(190));
        long factor = random.nextBoolean() ? random.nextLong() & Long.MAX_VALUE : random.nextLong();
        long[] target = new long[LENGTH + 1];
        Limbs.multiplyInto(limbs(a, LENGTH), 0, LENGTH, factor, target);
        assertThat(Limbs.value(target, 0, LENGTH + 1)).as("seed %d", seed)
                .isEqualTo(a.multiply(new BigInteger(Long.toUnsignedString(factor))));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void multipliesByA128BitFactorLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger a = random(random, 1 + random.nextInt(190));
        long low = random.nextLong();
        long high = random.nextInt(3) == 0 ? 0 : random.nextLong();
        long[] target = new long[LENGTH + 2];
        Limbs.multiplyInto(limbs(a, LENGTH), 0, LENGTH, low, high, target);
        BigInteger factor = new BigInteger(Long.toUnsignedString(high)).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(low)));
        assertThat(Limbs.value(target, 0, LENGTH + 2)).as("seed %d", seed).isEqualTo(a.multiply(factor));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void multipliesByAMultiLimbFactorLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger a = random(random, 1 + random.nextInt(120));
        BigInteger b = random(random, 1 + random.nextInt(130));
        long[] x = limbs(a, 2 * LENGTH);
        long[] factor = limbs(b, LENGTH);
        Limbs.multiply(x, 0, 2 * LENGTH, factor, Limbs.significant(factor, 0, LENGTH), new long[2 * LENGTH]);
        assertThat(Limbs.value(x, 0, 2 * LENGTH)).as("seed %d", seed).isEqualTo(a.multiply(b));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void subtractsAndComparesLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger a = random(random, 1 + random.nextInt(250));
        BigInteger b = random(random, 1 + random.nextInt(250));
        BigInteger larger = a.max(b);
        BigInteger smaller = a.min(b);
        assertThat(Limbs.compare(limbs(a, LENGTH), 0, limbs(b, LENGTH), 0, LENGTH)).as("seed %d", seed)
                .isEqualTo(a.compareTo(b));
        long[] difference = limbs(larger, LENGTH);
        assertThat(Limbs.subtract(difference, 0, limbs(smaller, LENGTH), 0, LENGTH)).isZero();
        assertThat(Limbs.value(difference, 0, LENGTH)).as("seed %d", seed).isEqualTo(larger.subtract(smaller));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void subtractsAMultipleLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger b = random(random, 1 + random.nextInt(150));
        long factor = random.nextLong() & Long.MAX_VALUE;
        BigInteger a = b.multiply(BigInteger.valueOf(factor)).add(random(random, 1 + random.nextInt(100)));
        long[] x = limbs(a, LENGTH);
        assertThat(Limbs.subtractMultiple(x, 0, limbs(b, LENGTH), 0, LENGTH, factor)).isZero();
        assertThat(Limbs.value(x, 0, LENGTH)).as("seed %d", seed)
                .isEqualTo(a.subtract(b.multiply(BigInteger.valueOf(factor))));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dividesBySmallDivisorsLikeBigInteger(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        BigInteger a = random(random, 1 + random.nextInt(250));
        long divisor = 1 + random.nextLong(Limbs.SMALL_DIVISOR - 1);
        long[] x = limbs(a, LENGTH);
        assertThat(Limbs.remainder(x, 0, LENGTH, divisor)).as("seed %d", seed)
                .isEqualTo(a.mod(BigInteger.valueOf(divisor)).longValueExact());
        Limbs.divide(x, 0, LENGTH, divisor);
        assertThat(Limbs.value(x, 0, LENGTH)).as("seed %d", seed).isEqualTo(a.divide(BigInteger.valueOf(divisor)));
        assertThat(Limbs.bitLength(limbs(a, LENGTH), 0, LENGTH)).isEqualTo(a.bitLength());
    }
}
