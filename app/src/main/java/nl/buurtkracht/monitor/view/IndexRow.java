// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An area with its index in one year: a line of the gemeente table, the ranking and the API.
 *
 * @param composite {@code null}: no composite (too few domains with data, or no index computed)
 * @param compositeClass 1 (least vulnerable fifth) to 5 (most vulnerable fifth) of all areas of the level
 * @param compositeRank the area's place among all areas of the level with a composite, 1 the most vulnerable
 * @param domains the five domains in their fixed order
 */
public record IndexRow(AreaCode code, String name, AreaLevel level, @Nullable BigDecimal inhabitants,
		@Nullable BigDecimal composite, @Nullable Integer compositeClass, @Nullable Integer compositeRank,
		int stackingCount, int domainsScored, int domainsMeasured, int indicatorsUsed, int indicatorsMissing,
		List<DomainCell> domains) {

	/** Fewer inhabitants than this and the figures are flagged as uncertain. */
	public static final BigDecimal SMALL = BigDecimal.valueOf(100);

	public IndexRow {
		domains = List.copyOf(domains);
	}

	public boolean hasComposite() {
		return composite != null;
	}

	public boolean isSmall() {
		return inhabitants != null && inhabitants.compareTo(SMALL) < 0;
	}

	public DomainCell domain(Domain domain) {
		return domains.get(domain.ordinal());
	}

	/** The domains in which the area is in the worst 20 %. */
	public List<Domain> stackedDomains() {
		return domains.stream().filter(DomainCell::worstFifth).map(DomainCell::domain).toList();
	}

}
