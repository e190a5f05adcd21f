// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the index is put together: the weight of each domain, the indicators of each domain with their
 * weights, and the share of the domain weight an area needs before it gets a composite score.
 *
 * @param domainWeights every domain's weight, 0 or more; a domain with weight 0 is left out of the index
 * @param members the indicators that count, each in one domain, in a stable order
 * @param minimumCoverage between 0 and 1: the composite needs at least this share of the weight of the
 * measured domains (those with any value in the reference set) to have a score
 */
public record IndexConfiguration(Map<Domain, BigDecimal> domainWeights, List<IndexMember> members,
		BigDecimal minimumCoverage) {

	public IndexConfiguration {
		EnumMap<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			BigDecimal weight = domainWeights.get(domain);
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("Domain " + domain + " needs a weight of 0 or more");
			}
			weights.put(domain, weight);
		}
		domainWeights = Collections.unmodifiableMap(weights);
		Set<String> seen = new HashSet<>();
		for (IndexMember member : members) {
			if (!seen.add(member.indicator())) {
				throw new IllegalArgumentException(member.indicator() + " is a member of the index twice");
			}
		}
		members = members.stream().sorted(Comparator.comparing(IndexMember::domain)
			.thenComparing(IndexMember::indicator)).toList();
		if (minimumCoverage.signum() < 0 || minimumCoverage.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The minimum coverage must be between 0 and 1");
		}
	}

	/** Every domain with weight 1, the given members, and a minimum coverage of 60 %. */
	public static IndexConfiguration equalDomains(List<IndexMember> members) {
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			weights.put(domain, BigDecimal.ONE);
		}
		return new IndexConfiguration(weights, members, new BigDecimal("0.6"));
	}

	public BigDecimal weight(Domain domain) {
		return domainWeights.get(domain);
	}

	public List<IndexMember> membersOf(Domain domain) {
		return members.stream().filter(member -> member.domain() == domain).toList();
	}

}
