// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.KeyFigures;
import org.jspecify.annotations.Nullable;

/**
 * An area in the API with its key figures for one year. Absent figures are {@code null}, never 0.
 *
 * @param level {@code municipality}, {@code district} or {@code neighbourhood}
 * @param years every year in which the code exists, newest first
 * @param source the attribution CBS asks for
 */
record AreaResource(String code, String name, String level, @Nullable String parentCode, String municipalityCode,
		int year, List<Integer> years, @Nullable BigDecimal inhabitants, @Nullable BigDecimal men,
		@Nullable BigDecimal women, List<AgeGroupCount> ageGroups, String source) {

	static final String SOURCE = "CBS, Kerncijfers wijken en buurten";

	/** @param ageGroup {@code 0-15}, {@code 15-25}, {@code 25-45}, {@code 45-65} or {@code 65+} */
	record AgeGroupCount(String ageGroup, @Nullable BigDecimal inhabitants) {
	}

	static AreaResource of(Area area, List<Integer> years, KeyFigures figures) {
		AreaCode parent = area.parent();
		return new AreaResource(area.code().value(), area.name(), level(area.level()),
				parent == null ? null : parent.value(), area.municipality().value(), area.year(), years,
				figures.inhabitants(), figures.men(), figures.women(), ageGroups(figures), SOURCE);
	}

	static String level(AreaLevel level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	private static List<AgeGroupCount> ageGroups(KeyFigures figures) {
		return figures.ageGroups().stream().map(group -> new AgeGroupCount(group.key(), group.count())).toList();
	}

}
