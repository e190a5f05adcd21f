// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.index.IndexConfiguration;
import nl.buurtkracht.monitor.index.IndexMember;

/**
 * The index as an administrator set it up, with the version that every change raises.
 *
 * @param minimumCoverage 0 to 1: the share of the measured domains' weight an area needs for a composite
 */
public record IndexSetup(int version, BigDecimal minimumCoverage, Map<Domain, BigDecimal> domainWeights,
		List<Membership> memberships) {

	public IndexSetup {
		domainWeights = Collections.unmodifiableMap(new EnumMap<>(domainWeights));
		memberships = List.copyOf(memberships);
	}

	public Optional<Membership> membership(String indicator) {
		return memberships.stream().filter(membership -> membership.indicator().equals(indicator)).findFirst();
	}

	public List<Membership> membersOf(Domain domain) {
		return memberships.stream().filter(membership -> membership.domain() == domain).toList();
	}

	/**
	 * The configuration for the computation; members whose indicator no longer exists or has no direction
	 * are left out.
	 */
	public IndexConfiguration configuration(Function<String, Optional<Direction>> directions) {
		List<IndexMember> members = memberships.stream()
			.flatMap(membership -> directions.apply(membership.indicator())
				.filter(Direction::isDirected)
				.map(direction -> new IndexMember(membership.indicator(), membership.domain(), membership.weight(),
						direction))
				.stream())
			.toList();
		return new IndexConfiguration(domainWeights, members, minimumCoverage);
	}

}
