// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.List;

/**
 * One page of a list of areas and how many there are in all.
 */
public record AreaPage(List<AreaSummary> items, int page, int size, long totalItems) {

	public AreaPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

}
