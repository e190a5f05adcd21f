// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The position of every area in a set of values where a higher value is worse, as a mid-rank percentile:
 * {@code P = 100 × (L + E/2) / n}, with {@code L} the number of areas with a lower (better) value, {@code E}
 * the number with the same value (the area itself included) and {@code n} the number of areas with a value.
 * Tied areas get the same percentile, the mean over all areas is exactly 50, and a set of one area, or of
 * equal values, puts everyone at 50. Everything is decided in whole numbers on {@code 2L + E}.
 */
final class Ranking {

	/** Per area {@code L}: how many areas have a lower value. */
	private final int[] lower;

	/** Per area {@code E}: how many have the same value, itself included; 0 for an area without a value. */
	private final int[] equal;

	private final int size;

	/** Percentiles already rounded, by {@code 2L + E}: tied areas share one. */
	private final @Nullable BigDecimal[] percentiles;

	private Ranking(int[] lower, int[] equal, int size) {
		this.lower = lower;
		this.equal = equal;
		this.size = size;
		this.percentiles = new BigDecimal[2 * size + 1];
	}

	/** Ranks the values; a {@code null} is an area without a value, which gets no position. */
	static <V extends Comparable<? super V>> Ranking of(List<@Nullable V> values) {
		List<Integer> present = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				present.add(i);
			}
		}
		present.sort((a, b) -> values.get(a).compareTo(values.get(b)));
		int[] lower = new int[values.size()];
		int[] equal = new int[values.size()];
		int start = 0;
		while (start < present.size()) {
			V value = values.get(present.get(start));
			int end = start + 1;
			while (end < present.size() && values.get(present.get(end)).compareTo(value) == 0) {
				end++;
			}
			for (int i = start; i < end; i++) {
				lower[present.get(i)] = start;
				equal[present.get(i)] = end - start;
			}
			start = end;
		}
		return new Ranking(lower, equal, present.size());
	}

	boolean has(int area) {
		return equal[area] > 0;
	}

	/** {@code 2L + E} of the area; 0 without a value. */
	int doubled(int area) {
		return 2 * lower[area] + equal[area];
	}

	/** How many areas have a value. */
	int size() {
		return size;
	}

	/** {@code 100 × (2L + E) / 2n}, rounded half to even to {@link StackingIndex#SCALE} decimals. */
	BigDecimal percentile(int area) {
		int doubled = doubled(area);
		BigDecimal percentile = percentiles[doubled];
		if (percentile == null) {
			percentile = BigDecimal.valueOf(50L * doubled)
				.divide(BigDecimal.valueOf(size), StackingIndex.SCALE, RoundingMode.HALF_EVEN);
			percentiles[doubled] = percentile;
		}
		return percentile;
	}

	/** In the worst 20 %: {@code P ≥ 80}, that is {@code 5 (2L + E) ≥ 8 n}. */
	boolean inWorstFifth(int area) {
		return 5L * doubled(area) >= 8L * size;
	}

	/** Class 1 (best fifth) to 5 (worst fifth): {@code 1 + ⌊P / 20⌋}. */
	int fifth(int area) {
		return 1 + (int) (5L * doubled(area) / (2L * size));
	}

	/** 1 for the worst value; tied areas share the best rank of their group: {@code n − L − E + 1}. */
	int rank(int area) {
		return size - lower[area] - equal[area] + 1;
	}

}
