// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;

import nl.buurtkracht.monitor.index.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An area's score in one domain, or its absence.
 *
 * @param score {@code null} when the area has no value for any of the domain's indicators
 * @param percentile where the score stands among the areas of the level, {@code null} without a score
 */
public record DomainCell(Domain domain, @Nullable BigDecimal score, @Nullable BigDecimal percentile,
		boolean worstFifth, int indicatorsUsed, int indicatorsMissing) {

	static DomainCell absent(Domain domain) {
		return new DomainCell(domain, null, null, false, 0, 0);
	}

	public boolean hasScore() {
		return score != null;
	}

}
