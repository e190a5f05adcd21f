// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The stacking index ("stapeling van problemen") of one reference set: all areas of one level in one year.
 * <ol>
 * <li>Each member indicator is ranked among the areas that have a value for it, as a mid-rank percentile
 * ({@code 100 × (L + E/2) / n}, see {@link Ranking}); "higher is better" indicators are turned around first,
 * so a higher percentile is always more vulnerable. Ties share a percentile.</li>
 * <li>The score of a domain is the weighted mean of the percentiles of its indicators that have a value for
 * the area; a domain without any of them has no score for that area.</li>
 * <li>The composite is the weighted mean of the area's domain scores, provided they carry at least the
 * minimum share of the weight of the measured domains; otherwise the area has no composite.</li>
 * <li>The stacking count is the number of domains in which the area is in the worst 20 %: its domain score
 * has a percentile of 80 or more among the areas with a score in that domain.</li>
 * </ol>
 * Everything is computed with exact fractions; the result does not depend on the order of the input.
 * Time {@code O(m · n log n)} for {@code m} member indicators and {@code n} areas.
 */
public final class StackingIndex {

	static final int SCALE = 4;

	private final IndexConfiguration configuration;

	public StackingIndex(IndexConfiguration configuration) {
		this.configuration = configuration;
	}

	/**
	 * @param areas the reference set; codes must be unique
	 * @throws IllegalArgumentException when a code occurs twice
	 */
	public IndexResult score(List<AreaValues> areas) {
		requireUniqueCodes(areas);
		Map<String, Map<String, Fraction>> percentiles = indicatorPercentiles(areas);
		Set<Domain> measured = measuredDomains(percentiles);
		Map<Domain, Map<String, Fraction>> domainScores = domainScores(areas, percentiles, measured);
		Map<Domain, Ranking<String>> domainRankings = new EnumMap<>(Domain.class);
		domainScores.forEach((domain, scores) -> domainRankings.put(domain, new Ranking<>(scores)));
		Map<String, Fraction> composites = new HashMap<>();
		Map<String, Fraction> coverages = new HashMap<>();
		for (AreaValues area : areas) {
			Fraction coverage = coverage(area.code(), domainScores, measured);
			coverages.put(area.code(), coverage);
			Fraction composite = composite(area.code(), domainScores, coverage);
			if (composite != null) {
				composites.put(area.code(), composite);
			}
		}
		Ranking<String> compositeRanking = new Ranking<>(composites);
		List<AreaScore> scores = new ArrayList<>(areas.size());
		for (AreaValues area : areas) {
			scores.add(areaScore(area, percentiles, measured, domainScores, domainRankings, composites.get(area.code()),
					compositeRanking, coverages.get(area.code())));
		}
		scores.sort(Comparator.comparing(AreaScore::code));
		Map<String, Integer> counts = new LinkedHashMap<>();
		configuration.members().forEach(member -> counts.put(member.indicator(), percentiles.get(member.indicator()).size()));
		return new IndexResult(scores, measured, counts, composites.size());
	}

	/** Per member indicator: the percentile of every area that has a value. */
	private Map<String, Map<String, Fraction>> indicatorPercentiles(List<AreaValues> areas) {
		Map<String, Map<String, Fraction>> result = new HashMap<>();
		for (IndexMember member : configuration.members()) {
			Map<String, BigDecimal> oriented = new HashMap<>();
			for (AreaValues area : areas) {
				BigDecimal value = area.values().get(member.indicator());
				if (value != null) {
					oriented.put(area.code(), member.direction() == Direction.HIGHER_IS_BETTER ? value.negate() : value);
				}
			}
			Ranking<String> ranking = new Ranking<>(oriented);
			Map<String, Fraction> byArea = new HashMap<>();
			oriented.keySet().forEach(code -> byArea.put(code, ranking.of(code).percentile()));
			result.put(member.indicator(), byArea);
		}
		return result;
	}

	private Set<Domain> measuredDomains(Map<String, Map<String, Fraction>> percentiles) {
		Set<Domain> measured = EnumSet.noneOf(Domain.class);
		for (IndexMember member : configuration.members()) {
			if (configuration.weight(member.domain()).signum() > 0 && !percentiles.get(member.indicator()).isEmpty()) {
				measured.add(member.domain());
			}
		}
		return measured;
	}

	/** Per measured domain: the weighted mean percentile of every area with at least one of its indicators. */
	private Map<Domain, Map<String, Fraction>> domainScores(List<AreaValues> areas,
			Map<String, Map<String, Fraction>> percentiles, Set<Domain> measured) {
		Map<Domain, Map<String, Fraction>> result = new EnumMap<>(Domain.class);
		for (Domain domain : measured) {
			Map<String, Fraction> scores = new HashMap<>();
			for (AreaValues area : areas) {
				Fraction sum = Fraction.ZERO;
				Fraction weights = Fraction.ZERO;
				for (IndexMember member : configuration.membersOf(domain)) {
					Fraction percentile = percentiles.get(member.indicator()).get(area.code());
					if (percentile != null) {
						Fraction weight = Fraction.of(member.weight());
						sum = sum.plus(weight.times(percentile));
						weights = weights.plus(weight);
					}
				}
				if (weights.compareTo(Fraction.ZERO) > 0) {
					scores.put(area.code(), sum.dividedBy(weights));
				}
			}
			result.put(domain, scores);
		}
		return result;
	}

	/** The share of the measured domains' weight for which the area has a score: 0 to 1. */
	private Fraction coverage(String code, Map<Domain, Map<String, Fraction>> domainScores, Set<Domain> measured) {
		Fraction total = Fraction.ZERO;
		Fraction covered = Fraction.ZERO;
		for (Domain domain : measured) {
			Fraction weight = Fraction.of(configuration.weight(domain));
			total = total.plus(weight);
			if (domainScores.get(domain).containsKey(code)) {
				covered = covered.plus(weight);
			}
		}
		return total.compareTo(Fraction.ZERO) == 0 ? Fraction.ZERO : covered.dividedBy(total);
	}

	private @Nullable Fraction composite(String code, Map<Domain, Map<String, Fraction>> domainScores,
			Fraction coverage) {
		if (coverage.compareTo(Fraction.ZERO) == 0
				|| coverage.compareTo(Fraction.of(configuration.minimumCoverage())) < 0) {
			return null;
		}
		Fraction sum = Fraction.ZERO;
		Fraction weights = Fraction.ZERO;
		for (Map.Entry<Domain, Map<String, Fraction>> domain : domainScores.entrySet()) {
			Fraction score = domain.getValue().get(code);
			if (score != null) {
				Fraction weight = Fraction.of(configuration.weight(domain.getKey()));
				sum = sum.plus(weight.times(score));
				weights = weights.plus(weight);
			}
		}
		return sum.dividedBy(weights);
	}

	private AreaScore areaScore(AreaValues area, Map<String, Map<String, Fraction>> percentiles, Set<Domain> measured,
			Map<Domain, Map<String, Fraction>> domainScores, Map<Domain, Ranking<String>> domainRankings,
			@Nullable Fraction composite, Ranking<String> compositeRanking, Fraction coverage) {
		String code = area.code();
		Map<Domain, DomainScore> domains = new EnumMap<>(Domain.class);
		int used = 0;
		int missing = 0;
		for (Domain domain : measured) {
			int domainUsed = 0;
			int domainMissing = 0;
			for (IndexMember member : configuration.membersOf(domain)) {
				Map<String, Fraction> values = percentiles.get(member.indicator());
				if (values.containsKey(code)) {
					domainUsed++;
				}
				else if (!values.isEmpty()) {
					domainMissing++;
				}
			}
			used += domainUsed;
			missing += domainMissing;
			Fraction score = domainScores.get(domain).get(code);
			if (score != null) {
				Ranking.Position position = domainRankings.get(domain).of(code);
				domains.put(domain, new DomainScore(domain, score.toDecimal(SCALE), position.percentile().toDecimal(SCALE),
						position.inWorstFifth(), domainUsed, domainMissing));
			}
		}
		Map<String, BigDecimal> indicatorPercentiles = new HashMap<>();
		percentiles.forEach((indicator, byArea) -> {
			Fraction percentile = byArea.get(code);
			if (percentile != null) {
				indicatorPercentiles.put(indicator, percentile.toDecimal(SCALE));
			}
		});
		int stacking = (int) domains.values().stream().filter(DomainScore::worstFifth).count();
		Ranking.Position position = composite == null ? null : compositeRanking.of(code);
		return new AreaScore(code, composite == null ? null : composite.toDecimal(SCALE),
				position == null ? null : position.fifth(), position == null ? null : position.rank(), stacking, domains,
				indicatorPercentiles, measured.size(), coverage.toDecimal(SCALE), used, missing);
	}

	private static void requireUniqueCodes(List<AreaValues> areas) {
		Set<String> codes = new HashSet<>();
		for (AreaValues area : areas) {
			if (!codes.add(area.code())) {
				throw new IllegalArgumentException("Area " + area.code() + " occurs twice in the reference set");
			}
		}
	}

}
