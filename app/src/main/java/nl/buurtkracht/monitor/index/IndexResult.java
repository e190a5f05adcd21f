// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index of a reference set: every area of one level in one year.
 *
 * @param scores one per area, ordered by code
 * @param measuredDomains the domains with weight above 0 and at least one value in the set
 * @param valueCounts per member indicator, how many areas had a value (0: not measured this year)
 * @param withComposite how many areas have a composite score, the {@code n} of its ranks and classes
 */
public record IndexResult(List<AreaScore> scores, Set<Domain> measuredDomains, Map<String, Integer> valueCounts,
		int withComposite) {

	public IndexResult {
		scores = List.copyOf(scores);
		measuredDomains = Set.copyOf(measuredDomains);
		valueCounts = Map.copyOf(valueCounts);
	}

	public int size() {
		return scores.size();
	}

}
