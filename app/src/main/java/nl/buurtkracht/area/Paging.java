// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

/**
 * Which page of a list to show; pages count from 1.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 1) {
			throw new IllegalArgumentException("page must be 1 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
	}

	public long offset() {
		return (long) (page - 1) * size;
	}

}
