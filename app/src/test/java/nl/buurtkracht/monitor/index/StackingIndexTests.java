// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackingIndexTests {

	private final IndexResult example = new StackingIndex(RekendorpExample.configuration())
		.score(RekendorpExample.NEIGHBOURHOODS);

	@Test
	void ranksEachIndicatorAsAMidRankPercentileWithTiesSharingOne() {
		assertThat(percentiles("laag-inkomen")).containsExactlyInAnyOrderEntriesOf(
				Map.of("A", dec("37.5"), "B", dec("75"), "C", dec("75"), "D", dec("12.5")));
		assertThat(percentiles("sociaal-minimum")).containsExactlyInAnyOrderEntriesOf(
				Map.of("A", dec("62.5"), "B", dec("87.5"), "C", dec("37.5"), "D", dec("12.5")));
	}

	@Test
	void turnsHigherIsBetterIndicatorsAround() {
		assertThat(percentiles("woz-waarde")).as("the lowest WOZ value is the most vulnerable")
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("A", dec("70"), "B", dec("50"), "C", dec("10"), "D", dec("90"), "E", dec("30")));
	}

	@Test
	void scoresADomainAsTheMeanOfTheIndicatorsTheAreaHas() {
		assertThat(domain("A", Domain.INCOME).score()).isEqualByComparingTo("50");
		assertThat(domain("B", Domain.INCOME).score()).isEqualByComparingTo("81.25");
		assertThat(domain("C", Domain.HOUSING).score()).isEqualByComparingTo("20");
		assertThat(domain("E", Domain.WORK).score()).isEqualByComparingTo("62.5");
		assertThat(score("E").domains()).as("E has no income figures at all").doesNotContainKey(Domain.INCOME);
		assertThat(domain("D", Domain.HOUSING).indicatorsUsed()).isEqualTo(2);
	}

	@Test
	void scoresTheCompositeAsTheMeanOfTheDomains() {
		assertThat(score("A").composite()).isEqualByComparingTo("55");
		assertThat(score("B").composite()).isEqualByComparingTo("64.0625");
		assertThat(score("C").composite()).isEqualByComparingTo("25.3125");
		assertThat(score("E").composite()).as("170/3, rounded half to even").isEqualByComparingTo("56.6667");
	}

	@Test
	void leavesTheCompositeOutBelowTheMinimumCoverage() {
		AreaScore d = score("D");

		assertThat(d.coverage()).isEqualByComparingTo("0.5");
		assertThat(d.composite()).isNull();
		assertThat(d.compositeClass()).isNull();
		assertThat(d.compositeRank()).isNull();
		assertThat(d.stackingCount()).as("its housing score still counts").isEqualTo(1);
		assertThat(score("E").coverage()).isEqualByComparingTo("0.75");
	}

	@Test
	void countsTheDomainsInTheWorstFifth() {
		assertThat(example.scores()).extracting(AreaScore::code, AreaScore::stackingCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 0), org.assertj.core.groups.Tuple.tuple("B", 2),
					org.assertj.core.groups.Tuple.tuple("C", 0), org.assertj.core.groups.Tuple.tuple("D", 1),
					org.assertj.core.groups.Tuple.tuple("E", 1), org.assertj.core.groups.Tuple.tuple("F", 0));
		assertThat(domain("C", Domain.HOUSING).percentile()).as("C and E tie at 20").isEqualByComparingTo("20");
		assertThat(domain("E", Domain.HOUSING).percentile()).isEqualByComparingTo("20");
	}

	@Test
	void ranksAndClassesTheComposite() {
		assertThat(example.withComposite()).isEqualTo(4);
		assertThat(List.of(score("B").compositeRank(), score("E").compositeRank(), score("A").compositeRank(),
				score("C").compositeRank())).containsExactly(1, 2, 3, 4);
		assertThat(List.of(score("C").compositeClass(), score("A").compositeClass(), score("E").compositeClass(),
				score("B").compositeClass())).containsExactly(1, 2, 4, 5);
	}

	@Test
	void countsMissingValuesOnlyForIndicatorsThatWereMeasured() {
		assertThat(example.measuredDomains()).containsExactlyInAnyOrder(Domain.INCOME, Domain.WORK, Domain.HEALTH,
				Domain.HOUSING);
		assertThat(example.valueCounts()).containsEntry("ww", 0).containsEntry("bijstand", 4)
			.containsEntry("woz-waarde", 5);
		assertThat(score("D").indicatorsMissing()).isEqualTo(2);
		assertThat(score("E").indicatorsMissing()).isEqualTo(2);
		assertThat(score("F").indicatorsMissing()).isEqualTo(6);
		assertThat(score("F").indicatorsUsed()).isZero();
		assertThat(score("F").domains()).isEmpty();
		assertThat(score("A").indicatorsUsed()).isEqualTo(6);
	}

	@Test
	void neverTurnsAMissingValueIntoAScore() {
		assertThat(score("D").percentiles()).doesNotContainKeys("bijstand", "eenzaamheid");
		assertThat(score("F").percentiles()).isEmpty();
	}

	@Test
	void weighsIndicatorsAndDomains() {
		List<IndexMember> members = new ArrayList<>(RekendorpExample.MEMBERS);
		members.set(0, new IndexMember("laag-inkomen", Domain.INCOME, new BigDecimal("3"), Direction.HIGHER_IS_WORSE));
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			weights.put(domain, domain == Domain.HOUSING ? new BigDecimal("2") : BigDecimal.ONE);
		}
		IndexResult weighted = new StackingIndex(new IndexConfiguration(weights, members, new BigDecimal("0.6")))
			.score(RekendorpExample.NEIGHBOURHOODS);

		AreaScore a = weighted.scores().get(0);
		// income: (3 × 37.5 + 62.5) / 4 = 43.75; composite: (43.75 + 37.5 + 2 × 70 + 62.5) / 5 = 56.75
		assertThat(a.domains().get(Domain.INCOME).score()).isEqualByComparingTo("43.75");
		assertThat(a.composite()).isEqualByComparingTo("56.75");
	}

	@Test
	void leavesADomainWithWeightZeroOutOfTheIndex() {
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			weights.put(domain, domain == Domain.HEALTH ? BigDecimal.ZERO : BigDecimal.ONE);
		}
		IndexResult result = new StackingIndex(new IndexConfiguration(weights, RekendorpExample.MEMBERS,
				new BigDecimal("0.6"))).score(RekendorpExample.NEIGHBOURHOODS);

		assertThat(result.measuredDomains()).doesNotContain(Domain.HEALTH);
		// A: (50 + 37.5 + 70) / 3 = 52.5
		assertThat(result.scores().get(0).composite()).isEqualByComparingTo("52.5");
	}

	@Test
	void putsEveryAreaAtFiftyWhenAllValuesAreEqual() {
		List<AreaValues> equal = IntStream.range(0, 7)
			.mapToObj(i -> new AreaValues("X" + i, Map.of("bijstand", new BigDecimal("12.0"))))
			.toList();

		IndexResult result = new StackingIndex(RekendorpExample.configuration()).score(equal);

		assertThat(result.scores()).allSatisfy(score -> {
			assertThat(score.composite()).isEqualByComparingTo("50");
			assertThat(score.compositeClass()).isEqualTo(3);
			assertThat(score.compositeRank()).isEqualTo(1);
			assertThat(score.stackingCount()).isZero();
		});
	}

	@Test
	void treatsValuesThatDifferOnlyInScaleAsTies() {
		List<AreaValues> areas = List.of(new AreaValues("X", Map.of("bijstand", new BigDecimal("2.0"))),
				new AreaValues("Y", Map.of("bijstand", new BigDecimal("2.00"))));

		IndexResult result = new StackingIndex(RekendorpExample.configuration()).score(areas);

		assertThat(result.scores()).allSatisfy(score -> assertThat(score.percentiles().get("bijstand"))
			.isEqualByComparingTo("50"));
	}

	@Test
	void putsTheTopFifthOfTenAreasInTheWorstFifth() {
		List<AreaValues> areas = IntStream.rangeClosed(1, 10)
			.mapToObj(i -> new AreaValues("X" + (char) ('A' + i), Map.of("bijstand", BigDecimal.valueOf(i))))
			.toList();

		IndexResult result = new StackingIndex(RekendorpExample.configuration()).score(areas);

		assertThat(result.scores()).filteredOn(score -> score.stackingCount() == 1).extracting(AreaScore::code)
			.containsExactly("XJ", "XK");
		assertThat(result.scores()).filteredOn(score -> score.compositeClass() == 5).hasSize(2);
		assertThat(result.scores()).filteredOn(score -> score.compositeClass() == 1).hasSize(2);
	}

	@Test
	void givesEmptyInputAnEmptyResult() {
		IndexResult result = new StackingIndex(RekendorpExample.configuration()).score(List.of());

		assertThat(result.scores()).isEmpty();
		assertThat(result.measuredDomains()).isEmpty();
		assertThat(result.withComposite()).isZero();
	}

	@Test
	void refusesACodeThatOccursTwice() {
		List<AreaValues> twice = List.of(new AreaValues("X", Map.of()), new AreaValues("X", Map.of()));

		assertThatThrownBy(() -> new StackingIndex(RekendorpExample.configuration()).score(twice))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("X");
	}

	@Test
	void refusesANeutralMemberAZeroWeightAndAMemberTwice() {
		assertThatThrownBy(() -> new IndexMember("inwoners", Domain.WORK, BigDecimal.ONE, Direction.NEUTRAL))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IndexMember("bijstand", Domain.WORK, BigDecimal.ZERO, Direction.HIGHER_IS_WORSE))
			.isInstanceOf(IllegalArgumentException.class);
		IndexMember member = new IndexMember("bijstand", Domain.WORK, BigDecimal.ONE, Direction.HIGHER_IS_WORSE);
		assertThatThrownBy(() -> IndexConfiguration.equalDomains(List.of(member, member)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 20261129, 987654321 })
	void givesTheSameScoresWhateverTheOrderOfTheInput(long seed) {
		RandomGenerator random = new Random(seed);
		List<AreaValues> areas = randomAreas(random, 300);
		List<AreaValues> shuffled = new ArrayList<>(areas);
		Collections.shuffle(shuffled, new Random(seed + 1));
		StackingIndex index = new StackingIndex(RekendorpExample.configuration());

		assertThat(index.score(shuffled)).as("seed " + seed).isEqualTo(index.score(areas));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 11, 12, 13 })
	void keepsTheMeanIndicatorPercentileAtFiftyAndEveryScoreBetweenZeroAndHundred(long seed) {
		IndexResult result = new StackingIndex(RekendorpExample.configuration())
			.score(randomAreas(new Random(seed), 200));

		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		for (AreaScore score : result.scores()) {
			BigDecimal percentile = score.percentiles().get("bijstand");
			if (percentile != null) {
				sum = sum.add(percentile);
				count++;
			}
			if (score.composite() != null) {
				assertThat(score.composite()).as("seed " + seed).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			}
		}
		assertThat(sum.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_EVEN)).as("seed " + seed)
			.isEqualByComparingTo("50");
	}

	/** Values on a coarse grid (so that ties occur) with about one in six missing. */
	static List<AreaValues> randomAreas(RandomGenerator random, int count) {
		List<AreaValues> areas = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, BigDecimal> values = new HashMap<>();
			for (IndexMember member : RekendorpExample.MEMBERS) {
				if (random.nextInt(6) != 0) {
					values.put(member.indicator(), BigDecimal.valueOf(random.nextInt(40), 1));
				}
			}
			areas.add(new AreaValues("BU%08d".formatted(i), values));
		}
		return areas;
	}

	private Map<String, BigDecimal> percentiles(String indicator) {
		Map<String, BigDecimal> result = new HashMap<>();
		example.scores().forEach(score -> {
			BigDecimal percentile = score.percentiles().get(indicator);
			if (percentile != null) {
				result.put(score.code(), percentile.stripTrailingZeros());
			}
		});
		return result;
	}

	private AreaScore score(String code) {
		return example.scores().stream().filter(score -> score.code().equals(code)).findFirst().orElseThrow();
	}

	private DomainScore domain(String code, Domain domain) {
		return score(code).domains().get(domain);
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value).stripTrailingZeros();
	}

}
