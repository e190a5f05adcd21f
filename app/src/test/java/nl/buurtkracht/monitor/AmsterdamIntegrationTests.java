// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.refresh.IndexRecomputation;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.IndexStatement;
import nl.buurtkracht.monitor.view.Reading;
import nl.buurtkracht.monitor.view.Trend;
import nl.buurtkracht.system.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monitor on the real Amsterdam files in {@code ../shared/data/cbs}: KWB 2017 and 2019 and SES-WOA 2019,
 * imported through the area module as an administrator would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmsterdamIntegrationTests {

	static final AreaCode AMSTERDAM = new AreaCode("GM0363");

	@Autowired
	AreaCatalogue areas;

	@Autowired
	NeighbourhoodMonitor monitor;

	@Autowired
	IndexRecomputation recomputation;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void importAmsterdam() {
		MonitorTestData data = new MonitorTestData(areas, monitor, jdbc);
		for (String file : List.of("Kerncijfers_wijken_en_buurten_2017.csv", "Kerncijfers_wijken_en_buurten_2019.csv",
				"SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv")) {
			data.importCbs(file, read(file), null);
		}
	}

	@Test
	void yieldsIndicatorsForAll479BuurtenInBothYears() {
		for (int year : List.of(2017, 2019)) {
			assertThat(count("""
					SELECT count(DISTINCT code) FROM monitor_indicator_value
					WHERE year = :year AND municipality_code = 'GM0363' AND level = 'NEIGHBOURHOOD'""", year))
				.as("buurten with indicators in " + year).isEqualTo(479);
			assertThat(count("""
					SELECT count(*) FROM monitor_index_score
					WHERE year = :year AND municipality_code = 'GM0363' AND level = 'NEIGHBOURHOOD'""", year))
				.as("buurten in the index of " + year).isEqualTo(479);
		}
	}

	@Test
	void keepsSuppressedIncomeAbsentAndCountsItAsMissing() {
		assertThat(indicatorCount(2017, "laag-inkomen")).as("479 minus 101 suppressed").isEqualTo(378);
		assertThat(indicatorCount(2019, "laag-inkomen")).as("479 minus 92 suppressed").isEqualTo(387);
		IndexStatement statement = monitor.statement(2019, AreaLevel.NEIGHBOURHOOD, AMSTERDAM).orElseThrow();
		IndexStatement.StatedIndicator lowIncome = statement.domains()
			.stream()
			.flatMap(domain -> domain.indicators().stream())
			.filter(indicator -> indicator.key().equals("laag-inkomen"))
			.findFirst()
			.orElseThrow();
		assertThat(lowIncome.missingHere()).isEqualTo(92);
		AreaReport goudenBocht = monitor.area(new AreaCode("BU03630301"), 2019).orElseThrow();
		Reading reading = goudenBocht.readings()
			.stream()
			.filter(r -> r.indicator().key().equals("laag-inkomen"))
			.findFirst()
			.orElseThrow();
		assertThat(reading.value()).isNull();
		assertThat(reading.referenceYear()).isEqualTo(2017);
		assertThat(goudenBocht.score().indicatorsMissing()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void derivesBenefitRatesFromTheCounts() {
		BigDecimal rate = value(2019, "GM0363", "bijstand");
		BigDecimal count = figure(2019, "GM0363", "sociale.zekerheid.personen.per.soort.uitkering.bijstand.aantal");
		BigDecimal base = figure(2019, "GM0363", "bevolking.leeftijdsgroepen.15.tot.25.jaar.aantal")
			.add(figure(2019, "GM0363", "bevolking.leeftijdsgroepen.25.tot.45.jaar.aantal"))
			.add(figure(2019, "GM0363", "bevolking.leeftijdsgroepen.45.tot.65.jaar.aantal"));
		assertThat(rate).isEqualByComparingTo(count.multiply(BigDecimal.valueOf(1000))
			.divide(base, 4, java.math.RoundingMode.HALF_EVEN));
		assertThat(value(2019, "GM0363", "ses-woa")).isEqualByComparingTo("-0.100");
		assertThat(value(2019, "WK036350", "ses-woa")).as("suppressed SES-WOA score").isNull();
	}

	@Test
	void ranksReproduciblyWhenRecomputed() {
		String before = ranks(2019);

		transaction.executeWithoutResult(status -> recomputation.recompute(2019));

		assertThat(ranks(2019)).isEqualTo(before);
		assertThat(before).isNotBlank();
	}

	@Test
	void givesEveryBuurtTwoPointsInItsTrend() {
		AreaReport report = monitor.area(new AreaCode("BU03630000"), 2019).orElseThrow();

		assertThat(report.years()).containsExactly(2019, 2017);
		Trend woz = report.trends()
			.stream()
			.filter(trend -> trend.indicator().key().equals("woz-waarde"))
			.findFirst()
			.orElseThrow();
		assertThat(woz.withValues()).extracting(Trend.Point::year).containsExactly(2017, 2019);
		assertThat(report.history()).extracting(Map.Entry::getKey).containsExactly(2017, 2019);
	}

	@Test
	void pagesAndSortsTheTableOf479BuurtenAndExportsAllOfThem() throws Exception {
		String page = mvc.perform(get("/wijkmonitor/GM0363?jaar=2019&sorteer=naam&richting=oplopend&pagina=2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("rel=\"prev\"", "rel=\"next\"", "aria-current=\"page\">2<",
				"href=\"/wijkmonitor/GM0363?jaar=2019&amp;niveau=buurten&amp;sorteer=naam&amp;richting=oplopend&amp;pagina=3\"");

		String csv = mvc.perform(get("/wijkmonitor/GM0363/export.csv?jaar=2019&sorteer=naam&richting=oplopend"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(1 + 479);
	}

	private String ranks(int year) {
		return String.join(",", jdbc.sql("""
				SELECT code || ':' || coalesce(composite_rank::text, '-') || ':' || coalesce(composite::text, '-')
				       || ':' || stacking_count
				FROM monitor_index_score WHERE year = :year AND level = 'NEIGHBOURHOOD' AND municipality_code = 'GM0363'
				ORDER BY code""")
			.param("year", year)
			.query(String.class)
			.list());
	}

	private long count(String sql, int year) {
		return jdbc.sql(sql).param("year", year).query(Long.class).single();
	}

	private long indicatorCount(int year, String indicator) {
		return jdbc.sql("""
				SELECT count(*) FROM monitor_indicator_value
				WHERE year = :year AND municipality_code = 'GM0363' AND level = 'NEIGHBOURHOOD' AND indicator = :indicator""")
			.param("year", year)
			.param("indicator", indicator)
			.query(Long.class)
			.single();
	}

	private BigDecimal value(int year, String code, String indicator) {
		return jdbc.sql("SELECT value FROM monitor_indicator_value WHERE year = :year AND code = :code AND indicator = :indicator")
			.param("year", year)
			.param("code", code)
			.param("indicator", indicator)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	private BigDecimal figure(int year, String code, String label) {
		return areas.figures(new AreaCode(code), year).value(new nl.buurtkracht.area.FigureLabel(label)).orElseThrow();
	}

	private static byte[] read(String name) {
		try {
			return Files.readAllBytes(SharedData.file("cbs/" + name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
