// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
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
 * Everything is exact: percentiles are whole numbers over {@code 2n}, domain scores whole numbers over one
 * common denominator per domain, composites whole numbers over one common denominator per set of domains; so
 * equal scores are equal and ties are ties. Rounding happens only in the result. The result does not depend
 * on the order of the input. Time {@code O(m · n log n)} for {@code m} member indicators and {@code n} areas.
 */
public final class StackingIndex {

	static final int SCALE = 4;

	private static final BigInteger FIFTY = BigInteger.valueOf(50);

	private final IndexConfiguration configuration;

	private final List<IndexMember> members;

	public StackingIndex(IndexConfiguration configuration) {
		this.configuration = configuration;
		this.members = configuration.members();
	}

	/**
	 * @param areas the reference set; codes must be unique
	 * @throws IllegalArgumentException when a code occurs twice
	 */
	public IndexResult score(List<AreaValues> areas) {
		requireUniqueCodes(areas);
		int n = areas.size();
		Ranking[] indicators = new Ranking[members.size()];
		for (int k = 0; k < members.size(); k++) {
			indicators[k] = rankIndicator(members.get(k), areas);
		}
		Map<Domain, DomainScores> domains = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			DomainScores scores = DomainScores.of(domain, configuration, members, indicators, n);
			if (scores != null) {
				domains.put(domain, scores);
			}
		}
		Composites composites = Composites.of(configuration, domains, n);
		List<AreaScore> scores = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			scores.add(areaScore(areas.get(i).code(), i, indicators, domains, composites));
		}
		scores.sort(Comparator.comparing(AreaScore::code));
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int k = 0; k < members.size(); k++) {
			counts.put(members.get(k).indicator(), indicators[k].size());
		}
		return new IndexResult(scores, domains.keySet(), counts, composites.ranking.size());
	}

	private static Ranking rankIndicator(IndexMember member, List<AreaValues> areas) {
		List<@Nullable BigDecimal> oriented = new ArrayList<>(areas.size());
		for (AreaValues area : areas) {
			BigDecimal value = area.values().get(member.indicator());
			oriented.add(value == null ? null : member.direction() == Direction.HIGHER_IS_BETTER ? value.negate() : value);
		}
		return Ranking.of(oriented);
	}

	private AreaScore areaScore(String code, int area, Ranking[] indicators, Map<Domain, DomainScores> domains,
			Composites composites) {
		Map<Domain, DomainScore> domainScores = new EnumMap<>(Domain.class);
		int used = 0;
		int missing = 0;
		for (DomainScores domain : domains.values()) {
			int domainUsed = domain.used(area);
			int domainMissing = domain.measuredMembers() - domainUsed;
			used += domainUsed;
			missing += domainMissing;
			if (domain.has(area)) {
				domainScores.put(domain.domain, new DomainScore(domain.domain, domain.score(area).toDecimal(SCALE),
						domain.ranking.percentile(area), domain.ranking.inWorstFifth(area), domainUsed,
						domainMissing));
			}
		}
		Map<String, BigDecimal> percentiles = new HashMap<>();
		for (int k = 0; k < members.size(); k++) {
			if (indicators[k].has(area)) {
				percentiles.put(members.get(k).indicator(), indicators[k].percentile(area));
			}
		}
		int stacking = (int) domainScores.values().stream().filter(DomainScore::worstFifth).count();
		Ratio composite = composites.score(area);
		boolean scored = composite != null;
		return new AreaScore(code, scored ? composite.toDecimal(SCALE) : null,
				scored ? composites.ranking.fifth(area) : null, scored ? composites.ranking.rank(area) : null, stacking,
				domainScores, percentiles, domains.size(), composites.coverage(area), used, missing);
	}

	private static void requireUniqueCodes(List<AreaValues> areas) {
		Set<String> codes = new HashSet<>();
		for (AreaValues area : areas) {
			if (!codes.add(area.code())) {
				throw new IllegalArgumentException("Area " + area.code() + " occurs twice in the reference set");
			}
		}
	}

	/** The weights as whole numbers: every weight times the same power of ten. */
	static long[] wholeNumbers(List<BigDecimal> weights) {
		int scale = weights.stream().mapToInt(weight -> Math.max(0, weight.stripTrailingZeros().scale())).max().orElse(0);
		return weights.stream().mapToLong(weight -> weight.movePointRight(scale).toBigIntegerExact().longValueExact()).toArray();
	}

	private static BigInteger lcm(BigInteger a, BigInteger b) {
		return a.divide(a.gcd(b)).multiply(b);
	}

	/**
	 * The scores of one measured domain. With {@code W_k} the whole-number weights, {@code n_k} the number of
	 * areas with a value for indicator {@code k}, {@code M} the lcm of the {@code n_k}, and {@code Λ} the lcm of
	 * the weight sums of every set of indicators an area can have, an area's score is
	 * {@code Σ 50·W_k·(M/n_k)·(2L_k+E_k) · (Λ / ΣW_present) / (M·Λ)}: a whole number over one denominator.
	 */
	private static final class DomainScores {

		final Domain domain;

		final Ranking ranking;

		private final @Nullable BigInteger[] numerators;

		private final BigInteger denominator;

		private final int[] used;

		private final int measuredMembers;

		private DomainScores(Domain domain, Ranking ranking, @Nullable BigInteger[] numerators, BigInteger denominator,
				int[] used, int measuredMembers) {
			this.domain = domain;
			this.ranking = ranking;
			this.numerators = numerators;
			this.denominator = denominator;
			this.used = used;
			this.measuredMembers = measuredMembers;
		}

		/** The domain's scores, or {@code null} when it is not measured (weight 0, or no value at all). */
		static @Nullable DomainScores of(Domain domain, IndexConfiguration configuration, List<IndexMember> members,
				Ranking[] indicators, int areas) {
			if (configuration.weight(domain).signum() == 0) {
				return null;
			}
			List<Integer> measured = new ArrayList<>();
			for (int k = 0; k < members.size(); k++) {
				if (members.get(k).domain() == domain && indicators[k].size() > 0) {
					measured.add(k);
				}
			}
			if (measured.isEmpty()) {
				return null;
			}
			long[] weights = wholeNumbers(measured.stream().map(k -> members.get(k).weight()).toList());
			BigInteger m = BigInteger.ONE;
			for (int k : measured) {
				m = lcm(m, BigInteger.valueOf(indicators[k].size()));
			}
			BigInteger[] factors = new BigInteger[measured.size()];
			for (int j = 0; j < measured.size(); j++) {
				factors[j] = FIFTY.multiply(BigInteger.valueOf(weights[j]))
					.multiply(m.divide(BigInteger.valueOf(indicators[measured.get(j)].size())));
			}
			BigInteger lambda = BigInteger.ONE;
			for (int mask = 1; mask < (1 << measured.size()); mask++) {
				lambda = lcm(lambda, BigInteger.valueOf(weightSum(weights, mask)));
			}
			BigInteger[] numerators = new BigInteger[areas];
			int[] used = new int[areas];
			for (int area = 0; area < areas; area++) {
				BigInteger sum = BigInteger.ZERO;
				int mask = 0;
				for (int j = 0; j < measured.size(); j++) {
					Ranking indicator = indicators[measured.get(j)];
					if (indicator.has(area)) {
						sum = sum.add(factors[j].multiply(BigInteger.valueOf(indicator.doubled(area))));
						mask |= 1 << j;
						used[area]++;
					}
				}
				if (mask != 0) {
					numerators[area] = sum.multiply(lambda.divide(BigInteger.valueOf(weightSum(weights, mask))));
				}
			}
			return new DomainScores(domain, Ranking.of(Arrays.asList(numerators)), numerators, m.multiply(lambda), used,
					measured.size());
		}

		private static long weightSum(long[] weights, int mask) {
			long sum = 0;
			for (int j = 0; j < weights.length; j++) {
				if ((mask & (1 << j)) != 0) {
					sum += weights[j];
				}
			}
			return sum;
		}

		boolean has(int area) {
			return numerators[area] != null;
		}

		@Nullable BigInteger numerator(int area) {
			return numerators[area];
		}

		BigInteger denominator() {
			return denominator;
		}

		Ratio score(int area) {
			return new Ratio(numerators[area], denominator);
		}

		int used(int area) {
			return used[area];
		}

		int measuredMembers() {
			return measuredMembers;
		}

	}

	/**
	 * The composites. With {@code V_d} the whole-number domain weights, {@code G_d} each domain's denominator and
	 * {@code H} their lcm, an area's composite is {@code Σ V_d·A_d·(H/G_d) / (H·ΣV_present)}; areas compare by
	 * cross-multiplying with the small weight sums only.
	 */
	private static final class Composites {

		final Ranking ranking;

		/** Per area {@code Σ V_d·A_d·(H/G_d) / ΣV_present}: the composite times {@code H}, for ranking. */
		private final @Nullable Ratio[] scaled;

		private final BigInteger h;

		private final BigDecimal[] coverage;

		private Composites(Ranking ranking, @Nullable Ratio[] scaled, BigInteger h, BigDecimal[] coverage) {
			this.ranking = ranking;
			this.scaled = scaled;
			this.h = h;
			this.coverage = coverage;
		}

		static Composites of(IndexConfiguration configuration, Map<Domain, DomainScores> domains, int areas) {
			List<DomainScores> measured = new ArrayList<>(domains.values());
			long[] weights = wholeNumbers(measured.stream().map(domain -> configuration.weight(domain.domain)).toList());
			long total = Arrays.stream(weights).sum();
			BigInteger h = BigInteger.ONE;
			for (DomainScores domain : measured) {
				h = lcm(h, domain.denominator());
			}
			BigInteger[] factors = new BigInteger[measured.size()];
			for (int j = 0; j < measured.size(); j++) {
				factors[j] = BigInteger.valueOf(weights[j]).multiply(h.divide(measured.get(j).denominator()));
			}
			BigDecimal minimum = configuration.minimumCoverage().multiply(BigDecimal.valueOf(total));
			Ratio[] scaled = new Ratio[areas];
			BigDecimal[] coverage = new BigDecimal[areas];
			for (int area = 0; area < areas; area++) {
				BigInteger sum = BigInteger.ZERO;
				long present = 0;
				for (int j = 0; j < measured.size(); j++) {
					BigInteger numerator = measured.get(j).numerator(area);
					if (numerator != null) {
						sum = sum.add(factors[j].multiply(numerator));
						present += weights[j];
					}
				}
				coverage[area] = total == 0 ? BigDecimal.ZERO
						: BigDecimal.valueOf(present).divide(BigDecimal.valueOf(total), SCALE, java.math.RoundingMode.HALF_EVEN);
				if (present > 0 && BigDecimal.valueOf(present).compareTo(minimum) >= 0) {
					scaled[area] = new Ratio(sum, BigInteger.valueOf(present));
				}
			}
			return new Composites(Ranking.of(Arrays.asList(scaled)), scaled, h, coverage);
		}

		@Nullable Ratio score(int area) {
			Ratio value = scaled[area];
			return value == null ? null : new Ratio(value.numerator(), value.denominator().multiply(h));
		}

		BigDecimal coverage(int area) {
			return coverage[area];
		}

	}

}
