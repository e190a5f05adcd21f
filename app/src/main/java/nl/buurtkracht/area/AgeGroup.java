// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the five CBS age groups and its number of inhabitants.
 *
 * @param key a stable name such as {@code 0-15} or {@code 65+}, for the API and message keys
 * @param count absent when CBS suppressed it
 */
public record AgeGroup(String key, FigureLabel label, @Nullable BigDecimal count) {

	/** The CBS age groups in order, each with its label and no count. */
	public static List<AgeGroup> all() {
		return List.of(group("0-15", "0 tot 15 jaar"), group("15-25", "15 tot 25 jaar"),
				group("25-45", "25 tot 45 jaar"), group("45-65", "45 tot 65 jaar"),
				group("65+", "65 jaar of ouder"));
	}

	private static AgeGroup group(String key, String label) {
		return new AgeGroup(key, FigureLabel.of("Bevolking/Leeftijdsgroepen/" + label + " (aantal)"), null);
	}

	AgeGroup withCount(@Nullable BigDecimal value) {
		return new AgeGroup(key, label, value);
	}

}
