// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact arithmetic on non-negative integers stored as little-endian 64-bit limbs in a region of a {@code long[]},
 * without allocation. The Method of Equal Shares keeps thousands of budgets of a few hundred bits; updating them in
 * place is an order of magnitude faster than {@link BigInteger}. Every operation is exact; callers size the regions so
 * that results fit.
 */
final class Limbs {

    private Limbs() {
    }

    /** The high 64 bits of the unsigned 128-bit product {@code a * b}. */
    static long multiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** {@code a *= factor} in place for a non-negative factor; returns the carry out of the top limb. */
    static long multiply(long[] a, int offset, int length, long factor) {
        long carry = 0;
        for (int i = offset; i < offset + length; i++) {
            long low = a[i] * factor;
            long high = multiplyHigh(a[i], factor);
            long sum = low + carry;
            if (Long.compareUnsigned(sum, low) < 0) {
                high++;
            }
            a[i] = sum;
            carry = high;
        }
        return carry;
    }

    /**
     * {@code a *= factor} in place for a multi-limb factor, keeping the low {@code length} limbs (the caller knows the
     * product fits); {@code scratch} needs {@code length} limbs.
     */
    static void multiply(long[] a, int offset, int length, long[] factor, int factorLength, long[] scratch) {
        Arrays.fill(scratch, 0, length, 0);
        for (int i = 0; i < factorLength; i++) {
            long f = factor[i];
            if (f == 0) {
                continue;
            }
            long carry = 0;
            for (int j = 0; i + j < length; j++) {
                long x = a[offset + j];
                long low = x * f;
                long high = multiplyHigh(x, f);
                long sum = low + carry;
                if (Long.compareUnsigned(sum, low) < 0) {
                    high++;
                }
                long total = sum + scratch[i + j];
                if (Long.compareUnsigned(total, sum) < 0) {
                    high++;
                }
                scratch[i + j] = total;
                carry = high;
            }
        }
        System.arraycopy(scratch, 0, a, offset, length);
    }

    /** The number of limbs up to and including the highest non-zero one. */
    static int significant(long[] a, int offset, int length) {
        int n = length;
        while (n > 0 && a[offset + n - 1] == 0) {
            n--;
        }
        return n;
    }

    /** {@code target[0 .. length] = a * factor}: writes {@code length + 1} limbs. */
    static void multiplyInto(long[] a, int offset, int length, long factor, long[] target) {
        long carry = 0;
        for (int i = 0; i < length; i++) {
            long x = a[offset + i];
            long low = x * factor;
            long high = multiplyHigh(x, factor);
            long sum = low + carry;
            if (Long.compareUnsigned(sum, low) < 0) {
                high++;
            }
            target[i] = sum;
            carry = high;
        }
        target[length] = carry;
    }

    /** {@code a -= b * factor} in place over {@code length} limbs; returns the borrow (0 when a ≥ b·factor). */
    static long subtractMultiple(long[] a, int aOffset, long[] b, int bOffset, int length, long factor) {
        long carry = 0;
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long x = b[bOffset + i];
            long low = x * factor;
            long high = multiplyHigh(x, factor);
            low += carry;
            if (Long.compareUnsigned(low, carry) < 0) {
                high++;
            }
            carry = high;
            long ai = a[aOffset + i];
            long difference = ai - low;
            long borrowOut = Long.compareUnsigned(ai, low) < 0 ? 1 : 0;
            long result = difference - borrow;
            borrowOut += Long.compareUnsigned(difference, borrow) < 0 ? 1 : 0;
            a[aOffset + i] = result;
            borrow = borrowOut;
        }
        return carry + borrow;
    }

    /** {@code a -= b} in place over {@code length} limbs; returns the borrow (0 when a ≥ b). */
    static long subtract(long[] a, int aOffset, long[] b, int bOffset, int length) {
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long ai = a[aOffset + i];
            long bi = b[bOffset + i];
            long difference = ai - bi;
            long borrowOut = Long.compareUnsigned(ai, bi) < 0 ? 1 : 0;
            long result = difference - borrow;
            borrowOut += Long.compareUnsigned(difference, borrow) < 0 ? 1 : 0;
            a[aOffset + i] = result;
            borrow = borrowOut;
        }
        return borrow;
    }

    /** Compares two numbers of {@code length} limbs as unsigned integers. */
    static int compare(long[] a, int aOffset, long[] b, int bOffset, int length) {
        for (int i = length - 1; i >= 0; i--) {
            long x = a[aOffset + i];
            long y = b[bOffset + i];
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
        }
        return 0;
    }

    /** Whether all {@code length} limbs are zero. */
    static boolean isZero(long[] a, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes a non-negative value into {@code length} limbs; it must fit. */
    static void set(BigInteger value, long[] target, int offset, int length) {
        BigInteger rest = value;
        for (int i = 0; i < length; i++) {
            target[offset + i] = rest.longValue();
            rest = rest.shiftRight(64);
        }
        if (rest.signum() != 0) {
            throw new ArithmeticException("value does not fit in " + length + " limbs");
        }
    }

    /** The value of {@code length} limbs. */
    static BigInteger value(long[] source, int offset, int length) {
        byte[] bytes = new byte[length * 8 + 1];
        for (int i = 0; i < length; i++) {
            long limb = source[offset + i];
            for (int b = 0; b < 8; b++) {
                bytes[bytes.length - 1 - (i * 8 + b)] = (byte) (limb >>> (8 * b));
            }
        }
        return new BigInteger(bytes);
    }
}
