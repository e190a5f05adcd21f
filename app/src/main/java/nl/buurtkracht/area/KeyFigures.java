// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures every area page shows: inhabitants, men and women, and the five age groups. Each may be
 * absent (suppressed, or not in the imported files).
 */
public record KeyFigures(int year, @Nullable BigDecimal inhabitants, @Nullable BigDecimal men,
		@Nullable BigDecimal women, List<AgeGroup> ageGroups) {

	public KeyFigures {
		ageGroups = List.copyOf(ageGroups);
	}

	/** The key figures among all figures of an area and year. */
	public static KeyFigures of(Figures figures) {
		List<AgeGroup> groups = AgeGroup.all()
			.stream()
			.map(group -> group.withCount(figures.value(group.label()).orElse(null)))
			.toList();
		return new KeyFigures(figures.year(), figures.value(FigureLabel.INHABITANTS).orElse(null),
				figures.value(FigureLabel.MEN).orElse(null), figures.value(FigureLabel.WOMEN).orElse(null), groups);
	}

	/** The share of an age group in all inhabitants, in percent with one decimal; absent if either is. */
	public @Nullable BigDecimal share(AgeGroup group) {
		BigDecimal count = group.count();
		if (count == null || inhabitants == null || inhabitants.signum() == 0) {
			return null;
		}
		return count.multiply(BigDecimal.valueOf(100)).divide(inhabitants, 1, RoundingMode.HALF_UP);
	}

	public boolean hasAgeGroups() {
		return ageGroups.stream().anyMatch(group -> group.count() != null);
	}

	/** Whether any of the key figures is absent, so that a page explains why. */
	public boolean hasMissing() {
		return inhabitants == null || men == null || women == null
				|| ageGroups.stream().anyMatch(group -> group.count() == null);
	}

}
