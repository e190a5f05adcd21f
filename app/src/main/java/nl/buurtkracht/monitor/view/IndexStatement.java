// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * What every page with the index says about it: which indicators and weights were used, what was measured,
 * and how many values were missing, in the whole reference set and in the gemeente on screen.
 *
 * @param referenceAreas all areas of the level in the year, the set every area is compared with
 * @param referenceMunicipalities how many gemeenten those areas lie in
 * @param withComposite areas of the level with a composite
 */
public record IndexStatement(int year, AreaLevel level, int version, Instant computedAt, BigDecimal minimumCoverage,
		List<StatedDomain> domains, int referenceAreas, int referenceMunicipalities, int withComposite) {

	public IndexStatement {
		domains = List.copyOf(domains);
	}

	/** A domain as it was used, with its weight and indicators. */
	public record StatedDomain(Domain domain, BigDecimal weight, boolean measured, List<StatedIndicator> indicators) {

		public StatedDomain {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * An indicator as it was used.
	 *
	 * @param indicator {@code null} when it was deleted from the catalogue after the index was computed
	 * @param missingInReference areas of the whole reference set without a value
	 * @param missingHere areas of the gemeente on screen without a value; {@code null} on pages about no gemeente
	 */
	public record StatedIndicator(String key, @Nullable Indicator indicator, BigDecimal weight, int values,
			int missingInReference, @Nullable Integer missingHere) {

		public boolean measured() {
			return values > 0;
		}

	}

	/** Whether the missing values of one gemeente are given (the statement is about a gemeente's page). */
	public boolean local() {
		return domains.stream().flatMap(domain -> domain.indicators().stream()).anyMatch(indicator -> indicator.missingHere() != null);
	}

	public boolean isMeasured(Domain domain) {
		return domains.stream().anyMatch(stated -> stated.domain() == domain && stated.measured());
	}

	/** The domains with any value this year, in their fixed order. */
	public List<Domain> measured() {
		return domains.stream().filter(StatedDomain::measured).map(StatedDomain::domain).toList();
	}

	public int measuredDomains() {
		return (int) domains.stream().filter(StatedDomain::measured).count();
	}

}
