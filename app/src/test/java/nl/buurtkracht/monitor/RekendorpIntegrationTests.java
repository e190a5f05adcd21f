// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.view.IndexRow;
import nl.buurtkracht.monitor.view.IndexStatement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of docs/monitor-index.md end to end: Rekendorp's CBS file imported by the area module,
 * its loneliness figures uploaded as local values, and the stored scores exactly as computed by hand.
 */
@SpringBootTest
class RekendorpIntegrationTests extends WithRekendorp {

	static final int YEAR = MonitorTestData.REKENDORP_YEAR;





	@Test
	void derivesBenefitRatesPerThousandInhabitantsAgedFifteenToSixtyFive() {
		assertThat(value("BU98710000", "bijstand")).isEqualByComparingTo("30");
		assertThat(value("WK987100", "bijstand")).as("90 per 3,000").isEqualByComparingTo("30");
		assertThat(value("GM9871", "bijstand")).as("130 per 5,025").isEqualByComparingTo("25.8706");
	}

	@Test
	void keepsSuppressedValuesAbsentAndIncomeTwoYearsEarlier() {
		assertThat(value("BU98710101", "laag-inkomen")).isNull();
		assertThat(value("BU98710100", "bijstand")).isNull();
		assertThat(value("BU98710100", "eenzaamheid")).as("a . in the upload").isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM monitor_indicator_value WHERE year = :year AND code = 'BU98710102' AND indicator <> 'inwoners' AND indicator NOT LIKE 'leeftijd-%'")
			.param("year", YEAR)
			.query(Long.class)
			.single()).as("Havenbuurt has only its population").isZero();
		assertThat(jdbc.sql("SELECT reference_year FROM monitor_indicator_value WHERE year = :year AND code = 'BU98710000' AND indicator = 'laag-inkomen'")
			.param("year", YEAR)
			.query(Integer.class)
			.single()).isEqualTo(YEAR - 2);
	}

	@Test
	void storesExactlyTheScoresOfTheWorkedExample() {
		IndexRow a = row("BU98710000");
		IndexRow b = row("BU98710001");
		IndexRow c = row("BU98710002");
		IndexRow d = row("BU98710100");
		IndexRow e = row("BU98710101");

		assertThat(a.composite()).isEqualByComparingTo("55");
		assertThat(b.composite()).isEqualByComparingTo("64.0625");
		assertThat(c.composite()).isEqualByComparingTo("25.3125");
		assertThat(d.composite()).as("2 of 4 domains: below the 60 % coverage").isNull();
		assertThat(e.composite()).isEqualByComparingTo("56.6667");
		assertThat(List.of(b.compositeRank(), e.compositeRank(), a.compositeRank(), c.compositeRank()))
			.containsExactly(1, 2, 3, 4);
		assertThat(List.of(c.compositeClass(), a.compositeClass(), e.compositeClass(), b.compositeClass()))
			.containsExactly(1, 2, 4, 5);
		assertThat(List.of(a.stackingCount(), b.stackingCount(), c.stackingCount(), d.stackingCount(),
				e.stackingCount())).containsExactly(0, 2, 0, 1, 1);
		assertThat(b.stackedDomains()).containsExactly(Domain.INCOME, Domain.WORK);
		assertThat(a.domain(Domain.INCOME).score()).isEqualByComparingTo("50");
		assertThat(b.domain(Domain.INCOME).score()).isEqualByComparingTo("81.25");
		assertThat(e.domain(Domain.HEALTH).score()).isEqualByComparingTo("87.5");
		assertThat(c.domain(Domain.HOUSING).percentile()).isEqualByComparingTo("20");
	}

	@Test
	void countsMissingValuesAndShowsAnAreaWithoutData() {
		IndexRow f = row("BU98710102");

		assertThat(f.composite()).isNull();
		assertThat(f.indicatorsUsed()).isZero();
		assertThat(f.indicatorsMissing()).isEqualTo(6);
		assertThat(f.isSmall()).isTrue();
		assertThat(row("BU98710100").indicatorsMissing()).isEqualTo(2);
	}

	@Test
	void statesWhichIndicatorsAndWeightsWereUsedAndWhatWasMissing() {
		IndexStatement statement = monitor.statement(YEAR, AreaLevel.NEIGHBOURHOOD, new AreaCode(MonitorTestData.REKENDORP))
			.orElseThrow();

		assertThat(statement.referenceAreas()).isEqualTo(6);
		assertThat(statement.withComposite()).isEqualTo(4);
		assertThat(statement.measuredDomains()).isEqualTo(4);
		assertThat(statement.minimumCoverage()).isEqualByComparingTo("0.6");
		IndexStatement.StatedDomain income = statement.domains().get(Domain.INCOME.ordinal());
		assertThat(income.indicators()).extracting(IndexStatement.StatedIndicator::key)
			.containsExactly("laag-inkomen", "sociaal-minimum");
		assertThat(income.indicators().get(0).missingInReference()).isEqualTo(2);
		assertThat(income.indicators().get(0).missingHere()).isEqualTo(2);
		assertThat(statement.domains().get(Domain.DEBTS.ordinal()).measured()).isFalse();
	}

	@Test
	void scoresTheWijkenAgainstEachOtherAndTheGemeenteAlone() {
		assertThat(row("GM9871").composite()).as("a gemeente alone sits at 50").isEqualByComparingTo("50");
		Map<String, BigDecimal> percentiles = Map.of("WK987100", percentile("WK987100", "bijstand"), "WK987101",
				percentile("WK987101", "bijstand"));
		assertThat(percentiles.get("WK987100")).as("30 vs 14.8 per 1,000").isEqualByComparingTo("75");
		assertThat(percentiles.get("WK987101")).isEqualByComparingTo("25");
	}

	private IndexRow row(String code) {
		return monitor.area(new AreaCode(code), YEAR).orElseThrow().score();
	}

	private BigDecimal value(String code, String indicator) {
		return jdbc.sql("SELECT value FROM monitor_indicator_value WHERE year = :year AND code = :code AND indicator = :indicator")
			.param("year", YEAR)
			.param("code", code)
			.param("indicator", indicator)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	private BigDecimal percentile(String code, String indicator) {
		return jdbc.sql("SELECT (percentiles ->> :indicator)::numeric FROM monitor_index_score WHERE year = :year AND code = :code")
			.param("year", YEAR)
			.param("code", code)
			.param("indicator", indicator)
			.query(BigDecimal.class)
			.single();
	}

}
