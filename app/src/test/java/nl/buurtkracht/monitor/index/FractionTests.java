// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTests {

	@Test
	void keepsLowestTermsWithAPositiveDenominator() {
		assertThat(Fraction.of(6, -4)).isEqualTo(Fraction.of(-3, 2));
		assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
	}

	@Test
	void readsDecimalsExactly() {
		assertThat(Fraction.of(new BigDecimal("0.6"))).isEqualTo(Fraction.of(3, 5));
		assertThat(Fraction.of(new BigDecimal("2.50"))).isEqualTo(Fraction.of(5, 2));
		assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.of(100, 1));
	}

	@Test
	void addsMultipliesAndDividesExactly() {
		Fraction third = Fraction.of(1, 3);

		assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.of(1, 1));
		assertThat(third.times(Fraction.of(3, 4))).isEqualTo(Fraction.of(1, 4));
		assertThat(third.dividedBy(Fraction.of(2, 3))).isEqualTo(Fraction.of(1, 2));
	}

	@Test
	void comparesByValueSoThatEqualScoresTie() {
		Fraction a = Fraction.of(10, 1).plus(Fraction.of(50, 1)).dividedBy(Fraction.of(2, 1));
		Fraction b = Fraction.of(20, 1).plus(Fraction.of(40, 1)).dividedBy(Fraction.of(2, 1));

		assertThat(a.compareTo(b)).isZero();
		assertThat(Fraction.of(1, 3).compareTo(Fraction.of(333333, 1000000))).isPositive();
	}

	@Test
	void roundsHalfToEvenOnlyWhenAskedForADecimal() {
		assertThat(Fraction.of(170, 3).toDecimal(4)).isEqualByComparingTo("56.6667");
		assertThat(Fraction.of(1, 8).toDecimal(2)).isEqualByComparingTo("0.12");
	}

	@Test
	void refusesAZeroDenominator() {
		assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
	}

}
