// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The index of one area. Scores run from 0 to 100, higher is more vulnerable; they are rounded to four
 * decimals, while ranks, classes and the worst 20 % are decided on the exact values.
 *
 * @param composite the weighted mean of the domain scores, or {@code null} when the area's domains cover
 * less than the minimum share of the weight
 * @param compositeClass 1 (best fifth) to 5 (worst fifth) among the areas with a composite, or {@code null}
 * @param compositeRank 1 for the most vulnerable; tied areas share a rank; {@code null} without a composite
 * @param stackingCount in how many domains the area is in the worst 20 %
 * @param domains the domains with a score for this area
 * @param percentiles the percentile of every indicator with a value, turned so that higher is worse
 * @param domainsMeasured how many domains had any value in the whole reference set
 * @param coverage 0 to 1: the share of the measured domains' weight that this area has a score for
 * @param indicatorsMissing member indicators of measured domains without a value for this area
 */
public record AreaScore(String code, @Nullable BigDecimal composite, @Nullable Integer compositeClass,
		@Nullable Integer compositeRank, int stackingCount, Map<Domain, DomainScore> domains,
		Map<String, BigDecimal> percentiles, int domainsMeasured, BigDecimal coverage, int indicatorsUsed,
		int indicatorsMissing) {

	public AreaScore {
		domains = Map.copyOf(domains);
		percentiles = Map.copyOf(percentiles);
	}

	public boolean hasComposite() {
		return composite != null;
	}

}
