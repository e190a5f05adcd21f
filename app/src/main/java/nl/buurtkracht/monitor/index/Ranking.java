// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of every area in a set of values where a higher value is worse, as a mid-rank percentile:
 * {@code P = 100 × (L + E/2) / n}, with {@code L} the number of areas with a lower (better) value, {@code E}
 * the number with the same value (the area itself included) and {@code n} the number of areas with a value.
 * Tied areas get the same percentile, the mean over all areas is exactly 50, and a set of one area, or of
 * equal values, puts everyone at 50.
 *
 * @param <K> what identifies an area
 */
final class Ranking<K> {

	private static final Fraction HUNDRED = Fraction.of(100, 1);

	private final Map<K, Position> positions = new HashMap<>();

	private final int size;

	/** Where an area stands: {@code lower} areas are better, {@code equal} share its value (itself included). */
	record Position(int lower, int equal, int size) {

		Fraction percentile() {
			return HUNDRED.times(Fraction.of(2L * lower + equal, 2L * size));
		}

		/** In the worst 20 %: {@code P ≥ 80}, that is {@code 5 (2L + E) ≥ 8 n}, decided in whole numbers. */
		boolean inWorstFifth() {
			return 5L * (2L * lower + equal) >= 8L * size;
		}

		/** Class 1 (best fifth) to 5 (worst fifth): {@code 1 + ⌊P / 20⌋}. */
		int fifth() {
			return 1 + (int) (5L * (2L * lower + equal) / (2L * size));
		}

		/** 1 for the worst value; tied areas share the best rank of their group. */
		int rank() {
			return size - lower - equal + 1;
		}

	}

	<V extends Comparable<? super V>> Ranking(Map<K, V> values) {
		this.size = values.size();
		List<Map.Entry<K, V>> sorted = new ArrayList<>(values.entrySet());
		sorted.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
		int start = 0;
		while (start < sorted.size()) {
			int end = start + 1;
			while (end < sorted.size() && sorted.get(end).getValue().compareTo(sorted.get(start).getValue()) == 0) {
				end++;
			}
			Position position = new Position(start, end - start, size);
			for (int i = start; i < end; i++) {
				positions.put(sorted.get(i).getKey(), position);
			}
			start = end;
		}
	}

	Position of(K key) {
		Position position = positions.get(key);
		if (position == null) {
			throw new IllegalArgumentException("no value ranked for " + key);
		}
		return position;
	}

	int size() {
		return size;
	}

}
