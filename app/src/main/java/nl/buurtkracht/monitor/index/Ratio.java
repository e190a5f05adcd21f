// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact, non-negative rational score {@code numerator / denominator}, compared by value. It is not reduced:
 * the index builds its scores on a common denominator per domain, so most comparisons are between equal
 * denominators and need no multiplication. Rounding happens only when a score is stored or shown.
 */
record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

	Ratio {
		if (denominator.signum() <= 0) {
			throw new ArithmeticException("The denominator must be positive");
		}
	}

	/** Rounded half to even, the way scores are stored. */
	BigDecimal toDecimal(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
	}

	@Override
	public int compareTo(Ratio other) {
		if (denominator.equals(other.denominator)) {
			return numerator.compareTo(other.numerator);
		}
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

}
