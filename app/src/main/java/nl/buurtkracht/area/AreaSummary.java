// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An area in a list: enough to name it, place it and link to it.
 *
 * @param newestYear the newest year in which the code exists; a link to an older year must name it
 * @param municipalityName the name of its gemeente in the same year, because names repeat across gemeenten
 */
public record AreaSummary(AreaCode code, int year, AreaLevel level, String name, String municipalityName,
		@Nullable BigDecimal inhabitants, int newestYear) {

	public boolean isNewestYear() {
		return year == newestYear;
	}

}
