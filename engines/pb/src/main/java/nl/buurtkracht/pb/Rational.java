// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number in lowest terms with a positive denominator.
 *
 * <p>Explanations report prices, loads and budgets as rationals so that nothing is lost to rounding; convert with
 * {@link #toBigDecimal(int, RoundingMode)} only for display.
 */
public final class Rational implements Comparable<Rational> {

    /** Zero. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The integer {@code value}. */
    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** {@code numerator / denominator}, reduced; the denominator must not be zero. */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The exact value of a decimal number. */
    public static Rational of(BigDecimal value) {
        return value.scale() >= 0 ? of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }

    /** {@code numerator / denominator}, reduced; the denominator must not be zero. */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
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
        return new Rational(numerator, numerator.signum() == 0 ? BigInteger.ONE : denominator);
    }

    /** The numerator, in lowest terms. */
    public BigInteger numerator() {
        return numerator;
    }

    /** The positive denominator, in lowest terms. */
    public BigInteger denominator() {
        return denominator;
    }

    /** -1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return numerator.signum();
    }

    /** {@code this + other}. */
    public Rational add(Rational other) {
        // n/d + m is already in lowest terms (gcd(n + m·d, d) = gcd(n, d) = 1): add1 budgets skip the gcd
        if (other.denominator.equals(BigInteger.ONE)) {
            return new Rational(numerator.add(other.numerator.multiply(denominator)), denominator);
        }
        if (denominator.equals(BigInteger.ONE)) {
            return other.add(this);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** {@code this - other}. */
    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    /** {@code -this}. */
    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** {@code this * other}. */
    public Rational multiply(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** {@code this * factor}. */
    public Rational multiply(long factor) {
        if (denominator.equals(BigInteger.ONE)) {
            return new Rational(numerator.multiply(BigInteger.valueOf(factor)), BigInteger.ONE);
        }
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    /** {@code this / other}; fails when {@code other} is zero. */
    public Rational divide(Rational other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** This value rounded to {@code scale} decimal places; for display. */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /** The nearest double; for display and logging only, never for decisions. */
    public double doubleValue() {
        return toBigDecimal(20, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rational that && numerator.equals(that.numerator)
                && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "n"} for integers, otherwise {@code "n/d"}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
