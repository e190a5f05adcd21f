// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with what a pagination control needs.
 *
 * @param page zero-based page number
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	private static final int WINDOW = 3;

	public Page {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/** First page number of the window of links around the current page. */
	public int firstInWindow() {
		return Math.max(0, page - WINDOW);
	}

	public int lastInWindow() {
		return Math.min(pages() - 1, page + WINDOW);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/** A requested page size kept between 1 and {@link #MAX_SIZE}. */
	public static int clampSize(int requested) {
		return Math.max(1, Math.min(MAX_SIZE, requested));
	}

}
