// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.Figures;
import nl.buurtkracht.area.ImportSummary;
import nl.buurtkracht.area.KeyFigures;
import nl.buurtkracht.system.InputRejectedException;
import nl.buurtkracht.system.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance on the real CBS files in {@code ../shared/data/cbs}: the national 2024 table, the Amsterdam
 * tables of 2017 and 2019 with their suppressed cells, the file without codes, SES-WOA, and the boundary files.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CbsAcceptanceIntegrationTests {

	static final String NATIONAL = "Kerncijfers_wijken_en_buurten_2024_geslachten.csv";

	static final FigureLabel LOW_INCOME = FigureLabel.of("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen....");

	static final FigureLabel SOCIAL_ASSISTANCE = FigureLabel.of("Sociale.zekerheid.Personen.per.soort.uitkering..Bijstand..aantal.");

	static final FigureLabel WOZ = FigureLabel.of("Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)");

	@Autowired
	CbsImporter cbs;

	@Autowired
	BoundaryImporter boundaries;

	@Autowired
	AreaCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	ImportSummary national;

	final List<String> progress = new ArrayList<>();

	@BeforeAll
	void importTheNationalFile() {
		national = cbs.importFile(NATIONAL, read(NATIONAL), null,
				(done, total, step) -> progress.add(step + " " + done + "/" + total));
	}

	@Test
	void importsEveryGemeenteWijkAndBuurtOf2024() {
		assertThat(national.municipalities()).isEqualTo(342);
		assertThat(national.districts()).isEqualTo(3_393);
		assertThat(national.neighbourhoods()).isEqualTo(14_574);
		assertThat(national.skipped()).as("the Nederland row").isEqualTo(1);
		assertThat(countIn2024(AreaLevel.MUNICIPALITY)).isEqualTo(342);
		assertThat(countIn2024(AreaLevel.DISTRICT)).isEqualTo(3_393);
		assertThat(countIn2024(AreaLevel.NEIGHBOURHOOD)).isEqualTo(14_574);
	}

	@Test
	void reportsProgressAtLeastEveryTwentyThousandFigures() {
		assertThat(progress).first().isEqualTo("area.imports.step.check 0/1");
		assertThat(progress).filteredOn(report -> report.startsWith("area.imports.step.figures")).hasSizeGreaterThanOrEqualTo(7);
		assertThat(progress).last().isEqualTo("area.imports.step.done 18309/18309");
	}

	@Test
	void givesEveryWijkAndBuurtTheParentItsCodeNames() {
		long wrongParents = jdbc.sql("""
				SELECT count(*) FROM area_region WHERE year = 2024 AND municipality_code <> 'GM9901' AND (
				  (level = 'MUNICIPALITY' AND parent_code IS NOT NULL)
				  OR (level = 'DISTRICT' AND parent_code <> 'GM' || substr(code, 3, 4))
				  OR (level = 'NEIGHBOURHOOD' AND parent_code <> 'WK' || substr(code, 3, 6)))""")
			.query(Long.class)
			.single();
		assertThat(wrongParents).isZero();
		assertThat(catalogue.find(AreaCode.of("BU16800009"), 2024)).hasValueSatisfying(buurt -> {
			assertThat(buurt.name()).isEqualTo("Verspreide huizen Annen");
			assertThat(buurt.parent()).isEqualTo(AreaCode.of("WK168000"));
		});
		assertThat(catalogue.find(AreaCode.of("BU0363AA01"), 2024)).hasValueSatisfying(
				buurt -> assertThat(buurt.parent()).isEqualTo(AreaCode.of("WK0363AA")));
	}

	@Test
	void storesAmsterdamsInhabitantsAsTheFileHasThem() {
		String[] amsterdam = lines(NATIONAL).stream()
			.filter(line -> line.contains("\"GM0363    \""))
			.findFirst()
			.orElseThrow()
			.split(";");
		KeyFigures figures = catalogue.keyFigures(AreaCode.of("GM0363"), 2024);
		assertThat(figures.inhabitants()).isEqualByComparingTo(amsterdam[5]);
		assertThat(figures.men()).isEqualByComparingTo(amsterdam[6]);
		assertThat(figures.women()).isEqualByComparingTo(amsterdam[7]);
		assertThat(figures.ageGroups().get(4).count()).isEqualByComparingTo(amsterdam[12]);
	}

	@Test
	void importsAmsterdam2017WithSuppressedCellsAbsentAndZeroKept() {
		ImportSummary summary = importCbs("Kerncijfers_wijken_en_buurten_2017.csv");

		assertThat(summary.municipalities()).isEqualTo(1);
		assertThat(summary.districts()).isEqualTo(99);
		assertThat(summary.neighbourhoods()).isEqualTo(479);
		Figures goudenBocht = catalogue.figures(AreaCode.of("BU03630301"), 2017);
		assertThat(goudenBocht.value(LOW_INCOME)).as("\"       .\" is suppressed").isEmpty();
		assertThat(goudenBocht.value(SOCIAL_ASSISTANCE)).as("\"       0\" is a real zero").hasValue(BigDecimal.ZERO);
		assertThat(goudenBocht.value(WOZ)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("727"));
		assertThat(catalogue.figures(AreaCode.of("GM0363"), 2017).value(LOW_INCOME))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("13.7"));
		assertThat(catalogue.values(LOW_INCOME, 2017, AreaLevel.NEIGHBOURHOOD)).as("479 buurten, 101 suppressed")
			.hasSize(479 - 101);
	}

	@Test
	void importsAmsterdam2019WithSuppressedCellsAbsentAndDecimalCommas() {
		ImportSummary summary = importCbs("Kerncijfers_wijken_en_buurten_2019.csv");

		assertThat(summary.neighbourhoods()).isEqualTo(479);
		Figures goudenBocht = catalogue.figures(AreaCode.of("BU03630301"), 2019);
		assertThat(goudenBocht.value(LOW_INCOME)).as("\"\" is suppressed in 2019").isEmpty();
		assertThat(goudenBocht.value(SOCIAL_ASSISTANCE)).hasValue(BigDecimal.ZERO);
		assertThat(catalogue.figures(AreaCode.of("BU03630100"), 2019).value(SOCIAL_ASSISTANCE)).as("NA is suppressed")
			.isEmpty();
		assertThat(catalogue.figures(AreaCode.of("GM0363"), 2019).value(LOW_INCOME))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("12.8"));
		assertThat(catalogue.values(LOW_INCOME, 2019, AreaLevel.NEIGHBOURHOOD)).as("479 buurten, 92 suppressed")
			.hasSize(479 - 92);
		assertThat(catalogue.figures(AreaCode.of("WK036300"), 2019).values()).hasSizeGreaterThan(100);
	}

	@Test
	void importsSesWoaScoresWithTheirSuppressedScoresAbsent() {
		importCbs("Kerncijfers_wijken_en_buurten_2019.csv");

		ImportSummary summary = importCbs("SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv");

		assertThat(summary.year()).as("from the Perioden column").isEqualTo(2019);
		assertThat(summary.municipalities() + summary.districts() + summary.neighbourhoods()).isEqualTo(579);
		FigureLabel score = FigureLabel.of("SES-WOA/Totaalscore/Gemiddelde score (Getal)");
		assertThat(catalogue.figures(AreaCode.of("GM0363"), 2019).value(score))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("-0.100"));
		assertThat(catalogue.figures(AreaCode.of("WK036350"), 2019).value(score)).isEmpty();
		assertThat(catalogue.values(score, 2019, AreaLevel.NEIGHBOURHOOD)).hasSize(479 - 89);
	}

	@Test
	void joinsTheFileWithoutCodesToTheNationalFileByPosition() {
		ImportSummary summary = importCbs("Kerncijfers_wijken_en_buurten_2024_11122025_141648.csv");

		assertThat(summary.joinedByPosition()).isTrue();
		assertThat(summary.neighbourhoods()).isEqualTo(14_574);
		FigureLabel dutchOrigin = FigureLabel.of("Bevolking/Bevolking naar herkomst/Herkomstland/Nederland (aantal)");
		FigureLabel outsideEurope = FigureLabel.of("Bevolking/Bevolking naar herkomst/Herkomstland/Buiten Europa  (aantal)");
		Figures annen = catalogue.figures(AreaCode.of("BU16800000"), 2024);
		assertThat(annen.value(dutchOrigin)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("3210"));
		assertThat(annen.value(outsideEurope)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("150"));
		assertThat(annen.value(FigureLabel.INHABITANTS)).as("the geslachten figures stay")
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("3455"));
	}

	@Test
	void refusesThe2015FileBecauseItHasNoCodes() {
		assertThatThrownBy(() -> importCbs("Kerncijfers_wijken_en_buurten_2015.csv"))
			.isInstanceOfSatisfying(InputRejectedException.class, ex -> {
				assertThat(ex.errors()).hasSize(1);
				assertThat(ex.errors().get(0).field()).isEqualTo("Regioaanduiding/Codering (code)");
				assertThat(ex.errors().get(0).message()).contains("regiocodes ontbreekt", "namen zijn niet uniek");
			});
		assertThat(catalogue.years(AreaCode.of("GM0363"))).doesNotContain(2015);
	}

	@Test
	void importsTheNationalGemeenteBoundaries() {
		ImportSummary summary = importGeoJson("gemeenten.geojson");

		assertThat(summary.year()).isEqualTo(2024);
		assertThat(summary.municipalities()).isEqualTo(342);
		assertThat(jdbc.sql("SELECT count(*) FROM area_boundary WHERE year = 2024 AND code LIKE 'GM%' AND code <> 'GM9901'")
			.query(Long.class)
			.single()).isEqualTo(342);
		assertThat(catalogue.boundary(AreaCode.of("GM0014"), 2024)).hasValueSatisfying(
				boundary -> assertThat(boundary.geometry()).startsWith("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[6.773, 53.283097]"));
	}

	@Test
	void importsPdokGemeentenWithoutThePseudoGemeenteBuitenland() {
		ImportSummary summary = importGeoJson("gemeenten.json");

		assertThat(summary.municipalities()).isEqualTo(342);
		assertThat(summary.skipped()).isEqualTo(1);
	}

	@Test
	void importsTheAlkmaarWijkBoundaries() {
		ImportSummary summary = importGeoJson("wijken.geojson");

		assertThat(summary.districts()).isEqualTo(8);
		assertThat(catalogue.childBoundaries(AreaCode.of("GM0361"), 2024)).extracting(b -> b.code().value())
			.containsExactlyInAnyOrder("WK036101", "WK036102", "WK036103", "WK036104", "WK036105", "WK036106",
					"WK036107", "WK036108");
	}

	private ImportSummary importCbs(String name) {
		return cbs.importFile(name, read(name), null, ImportProgress.NONE);
	}

	private ImportSummary importGeoJson(String name) {
		return boundaries.importFile(name, read(name), null, ImportProgress.NONE);
	}

	private long countIn2024(AreaLevel level) {
		return jdbc.sql("SELECT count(*) FROM area_region WHERE year = 2024 AND level = :level AND municipality_code <> 'GM9901'")
			.param("level", level.name())
			.query(Long.class)
			.single();
	}

	private static byte[] read(String name) {
		try {
			return Files.readAllBytes(SharedData.file("cbs/" + name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(String name) {
		Path file = SharedData.file("cbs/" + name);
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
