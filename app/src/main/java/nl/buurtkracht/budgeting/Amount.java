// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Money as a whole number of euro cents; never a floating-point number.
 */
public record Amount(long cents) implements Comparable<Amount> {

	public static final Amount ZERO = new Amount(0);

	public Amount {
		if (cents < 0) {
			throw new IllegalArgumentException("An amount cannot be negative: " + cents);
		}
	}

	public static Amount ofEuros(long euros) {
		return new Amount(Math.multiplyExact(euros, 100L));
	}

	public Amount plus(Amount other) {
		return new Amount(Math.addExact(cents, other.cents));
	}

	public Amount minus(Amount other) {
		return new Amount(cents - other.cents);
	}

	public boolean exceeds(Amount other) {
		return cents > other.cents;
	}

	/** Whole euros, rounded down (the Pabulib export states costs in euros). */
	public long euros() {
		return cents / 100;
	}

	@Override
	public int compareTo(Amount other) {
		return Long.compare(cents, other.cents);
	}

}
