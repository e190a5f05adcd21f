// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RationalTests {

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        Rational value = Rational.of(6, -4);
        assertThat(value.numerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(value.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(value).hasToString("-3/2").isEqualTo(Rational.of(-9, 6));
    }

    @Test
    void computesExactly() {
        Rational third = Rational.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Rational.of(1));
        assertThat(third.multiply(Rational.of(3, 7))).isEqualTo(Rational.of(1, 7));
        assertThat(third.divide(Rational.of(2))).isEqualTo(Rational.of(1, 6));
        assertThat(third.subtract(Rational.of(1, 2))).isEqualTo(Rational.of(-1, 6));
        assertThat(third.multiply(6)).isEqualTo(Rational.of(2));
    }

    @Test
    void readsDecimalsExactly() {
        assertThat(Rational.of(new BigDecimal("2458488.22"))).isEqualTo(Rational.of(245848822, 100));
        assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
    }

    @Test
    void comparesWithoutRounding() {
        assertThat(Rational.of(1, 3)).isLessThan(Rational.of(333_333_333_333_334L, 1_000_000_000_000_000L));
        assertThat(Rational.of(2, 6)).isEqualByComparingTo(Rational.of(1, 3));
        assertThat(Rational.ZERO.signum()).isZero();
    }

    @Test
    void roundsOnlyForDisplay() {
        assertThat(Rational.of(2, 3).toBigDecimal(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6667");
        assertThat(Rational.of(7)).hasToString("7");
    }

    @Test
    void rejectsAZeroDenominator() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Rational.of(1, 0));
    }

    @Test
    void addsAndMultipliesIntegersInLowestTermsWithoutReducing() {
        for (long n = -7; n <= 7; n++) {
            for (long d = 1; d <= 6; d++) {
                Rational fraction = Rational.of(n, d);
                for (long k = -4; k <= 4; k++) {
                    Rational integer = Rational.of(k);
                    Rational general = Rational.of(BigInteger.valueOf(n * 1 + k * d), BigInteger.valueOf(d));
                    assertThat(fraction.add(integer)).as("%d/%d + %d", n, d, k).isEqualTo(general);
                    assertThat(integer.add(fraction)).as("%d + %d/%d", k, n, d).isEqualTo(general);
                    assertThat(integer.multiply(n)).isEqualTo(Rational.of(k * n, 1));
                    assertThat(fraction.multiply(k)).isEqualTo(Rational.of(n * k, d));
                }
            }
        }
    }
}
