// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.index.IndexConfiguration;
import nl.buurtkracht.monitor.index.IndexMember;
import nl.buurtkracht.monitor.index.IndexResult;

/**
 * How the index of a year was last computed: the configuration it used and, per level, what was measured.
 * Pages show this, not the current set-up, so that they always tell which indicators and weights produced
 * the scores on screen.
 */
public record IndexRun(int year, int version, UsedConfiguration configuration, Map<AreaLevel, LevelSummary> levels,
		Instant computedAt) {

	public IndexRun {
		levels = Map.copyOf(levels);
	}

	/** The configuration as it was used. */
	public record UsedConfiguration(BigDecimal minimumCoverage, List<UsedDomain> domains) {

		public UsedConfiguration {
			domains = List.copyOf(domains);
		}

		static UsedConfiguration of(IndexConfiguration configuration) {
			List<UsedDomain> domains = java.util.Arrays.stream(Domain.values())
				.map(domain -> new UsedDomain(domain, configuration.weight(domain),
						configuration.membersOf(domain).stream().map(UsedIndicator::of).toList()))
				.toList();
			return new UsedConfiguration(configuration.minimumCoverage(), domains);
		}

	}

	/** A domain and its indicators with their weights. */
	public record UsedDomain(Domain domain, BigDecimal weight, List<UsedIndicator> indicators) {

		public UsedDomain {
			indicators = List.copyOf(indicators);
		}

	}

	/** An indicator of the index as it was used. */
	public record UsedIndicator(String indicator, BigDecimal weight, Direction direction) {

		static UsedIndicator of(IndexMember member) {
			return new UsedIndicator(member.indicator(), member.weight(), member.direction());
		}

	}

	/**
	 * What one level's reference set held.
	 *
	 * @param areas all areas of the level in the year
	 * @param municipalities how many gemeenten those areas lie in
	 * @param withComposite areas with a composite score (the {@code n} of ranks and classes)
	 * @param valueCounts per indicator of the index: how many areas had a value
	 */
	public record LevelSummary(int areas, int municipalities, int withComposite, Set<Domain> measuredDomains,
			Map<String, Integer> valueCounts) {

		public LevelSummary {
			measuredDomains = Set.copyOf(measuredDomains);
			valueCounts = Map.copyOf(valueCounts);
		}

		static LevelSummary of(IndexResult result, int municipalities) {
			return new LevelSummary(result.size(), municipalities, result.withComposite(), result.measuredDomains(),
					result.valueCounts());
		}

		/** How many areas of the level have no value for the indicator. */
		public int missing(String indicator) {
			return areas - valueCounts.getOrDefault(indicator, 0);
		}

	}

}
