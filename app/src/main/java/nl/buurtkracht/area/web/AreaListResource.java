// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.math.BigDecimal;
import java.util.List;

import nl.buurtkracht.area.AreaSummary;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;

/**
 * One page of areas in the API; pages count from 1.
 */
record AreaListResource(List<Item> items, int page, int size, long totalItems, int totalPages) {

	/** @param municipalityName names repeat across gemeenten, so a list names each item's gemeente */
	record Item(String code, String name, String level, int year, String municipalityName,
			@Nullable BigDecimal inhabitants) {
	}

	static AreaListResource of(Page<AreaSummary> page) {
		return new AreaListResource(page.items().stream().map(AreaListResource::item).toList(),
				page.page() + 1, page.size(), page.total(), page.pages());
	}

	private static Item item(AreaSummary area) {
		return new Item(area.code().value(), area.name(), AreaResource.level(area.level()), area.year(),
				area.municipalityName(), area.inhabitants());
	}

}
