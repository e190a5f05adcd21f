// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatioTests {

	@Test
	void comparesByValueWhateverTheDenominator() {
		assertThat(ratio(60, 2).compareTo(ratio(30, 1))).isZero();
		assertThat(ratio(1, 3).compareTo(ratio(333333, 1000000))).isPositive();
		assertThat(ratio(7, 10).compareTo(ratio(8, 10))).isNegative();
	}

	@Test
	void roundsHalfToEvenOnlyWhenAskedForADecimal() {
		assertThat(ratio(170, 3).toDecimal(4)).isEqualByComparingTo("56.6667");
		assertThat(ratio(1, 8).toDecimal(2)).isEqualByComparingTo("0.12");
		assertThat(ratio(3, 8).toDecimal(2)).isEqualByComparingTo("0.38");
	}

	@Test
	void refusesADenominatorThatIsNotPositive() {
		assertThatThrownBy(() -> ratio(1, 0)).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> ratio(1, -2)).isInstanceOf(ArithmeticException.class);
	}

	private static Ratio ratio(long numerator, long denominator) {
		return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

}
