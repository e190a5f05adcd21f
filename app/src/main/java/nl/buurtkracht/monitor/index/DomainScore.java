// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;

/**
 * The score of one area in one domain.
 *
 * @param score 0 to 100: the weighted mean of the percentiles of the domain's indicators that have a value
 * @param percentile 0 to 100: where this score stands among all areas with a score in the domain
 * @param worstFifth whether the area is in the worst 20 % of the domain ({@code percentile ≥ 80})
 * @param indicatorsUsed how many of the domain's indicators had a value
 * @param indicatorsMissing how many had none for this area, although other areas had one
 */
public record DomainScore(Domain domain, BigDecimal score, BigDecimal percentile, boolean worstFifth,
		int indicatorsUsed, int indicatorsMissing) {
}
