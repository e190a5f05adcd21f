// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator. The index computes with
 * these so that two areas with mathematically equal scores are equal, and ties are ties: rounding happens
 * only when a score is stored or shown.
 */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

	static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

	Fraction {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("denominator is zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
	}

	static Fraction of(long numerator, long denominator) {
		return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	static Fraction of(BigDecimal value) {
		return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
				: new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
	}

	Fraction plus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Fraction times(Fraction other) {
		return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	Fraction dividedBy(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
	}

	/** Rounded half to even, the way the scores are stored. */
	BigDecimal toDecimal(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
	}

	@Override
	public int compareTo(Fraction other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	@Override
	public String toString() {
		return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
	}

}
