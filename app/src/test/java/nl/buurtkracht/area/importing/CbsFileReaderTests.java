// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.junit.jupiter.api.Test;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static nl.buurtkracht.area.CbsTestFiles.withoutColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CbsFileReaderTests {

	private static final String FILE = statLine("01", "Testdorp");

	private static final String CODE_COLUMN = "Regioaanduiding/Codering (code)";

	@Test
	void readsAStatLineFileWithoutTheCountryRow() {
		CbsFile file = CbsFileReader.read("kwb.csv", bytes(FILE), 2031);

		assertThat(file.year()).isEqualTo(2031);
		assertThat(file.skippedRows()).isEqualTo(1);
		assertThat(file.rows()).extracting(row -> row.requireCode().value())
			.containsExactly("GM9801", "WK980100", "BU98010000", "BU98010001", "WK980101", "BU98010100");
		assertThat(file.rows().get(0).name()).isEqualTo("Testdorp");
		assertThat(file.rows().get(0).municipalityName()).as("trimmed").isEqualTo("Testdorp");
		assertThat(file.rows().get(3).changeCode()).isEqualTo("3");
		assertThat(file.rows().get(1).position()).as("the country row counts").isEqualTo(3);
		assertThat(file.figures()).extracting(FigureColumn::label).startsWith(FigureLabel.INHABITANTS, FigureLabel.MEN);
		assertThat(file.rows().get(0).values().get(0)).isEqualByComparingTo("1000");
		assertThat(file.missingParents()).isEmpty();
	}

	@Test
	void readsAnRExportWithRowNumbersCommasAndPaddedDecimals() {
		String csv = """
				"","Wijken.en.buurten","Regioaanduiding.Gemeentenaam..naam.","Regioaanduiding.Soort.regio..omschrijving.","Regioaanduiding.Codering..code.","Regioaanduiding.Indelingswijziging.wijken.en.buurten..code.","Bevolking.Aantal.inwoners..aantal.","Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.","Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen...."
				"1","Testdorp","Testdorp    ","Gemeente  ","GM9801    ",".",1000,"     290","    13.7"
				"2","Noord","Testdorp    ","Wijk      ","WK980100  ","1",600,"       .",""
				""";

		CbsFile file = CbsFileReader.read("Kerncijfers_wijken_en_buurten_2017.csv", csv.getBytes(StandardCharsets.UTF_8), null);

		assertThat(file.year()).as("from the file name").isEqualTo(2017);
		assertThat(file.figures()).hasSize(3);
		assertThat(file.rows().get(0).values()).satisfiesExactly(v -> assertThat(v).isEqualByComparingTo("1000"),
				v -> assertThat(v).isEqualByComparingTo("290"), v -> assertThat(v).isEqualByComparingTo("13.7"));
		assertThat(file.rows().get(1).values()).containsExactly(new BigDecimal("600"), null, null);
	}

	@Test
	void readsDecimalCommasOfThe2019Export() {
		String csv = """
				"","Wijken.en.buurten","Regioaanduiding.Codering..code.","Bevolking.Aantal.inwoners..aantal.","Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen...."
				"1","Testdorp","GM9801    ",1000,"12,8"
				"2","Noord","WK980100  ",NA,"15"
				""";

		CbsFile file = CbsFileReader.read("kwb-2019.csv", csv.getBytes(StandardCharsets.UTF_8), null);

		assertThat(file.rows().get(0).values().get(1)).isEqualByComparingTo("12.8");
		assertThat(file.rows().get(1).values().get(0)).isNull();
		assertThat(file.rows().get(1).level()).as("from the code, without a region type column")
			.isEqualTo(AreaLevel.DISTRICT);
	}

	@Test
	void readsTheYearOfSesWoaFromThePeriodColumn() {
		String csv = "\"Perioden\";\"Wijken en buurten\";\"Regiocode (gemeente, wijk, buurt) (code)\";"
				+ "\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\"\n\"2019\";\"Testdorp\";\"GM9801    \";\"  -0.100\"\n";

		CbsFile file = CbsFileReader.read("SES_WOA_25042023_160857.csv", bytes(csv), null);

		assertThat(file.year()).isEqualTo(2019);
		assertThat(file.rows().get(0).values().get(0)).isEqualByComparingTo("-0.1");
		assertThat(errors(() -> CbsFileReader.read("ses.csv", bytes(csv), 2020)).get(0).field()).isEqualTo("Perioden");
	}

	@Test
	void refusesAnOldStatLineFileWithoutCodes() {
		String csv = "\"Kerncijfers wijken en buurten 2015\"\r\n\"\"\r\n\"\";\"Onderwerp\"\r\n"
				+ "\"\";\"Inkomen|Inkomen van huishoudens|Huishoudens met een laag inkomen\"\r\n"
				+ "\"Wijken en buurten\";\"%\"\r\n\"Amsterdam\";\"14,9\"\r\n\"Bron: CBS\"\r\n";

		List<InputError> errors = errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), null));

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.line()).as("the topic line").isEqualTo(4);
			assertThat(error.field()).isEqualTo(CODE_COLUMN);
		});
	}

	@Test
	void readsAnOldStatLineFileWithCodes() {
		String csv = "\"Kerncijfers wijken en buurten 2015\"\r\n\"\"\r\n\"\";\"Onderwerp\"\r\n"
				+ "\"\";\"Regioaanduiding|Codering\";\"Inkomen|Inkomen van huishoudens|Huishoudens met een laag inkomen\"\r\n"
				+ "\"Wijken en buurten\";\"code\";\"%\"\r\n\"Testdorp\";\"GM9801\";\"14,9\"\r\n\"Bron: CBS\"\r\n";

		CbsFile file = CbsFileReader.read("kwb.csv", bytes(csv), null);

		assertThat(file.year()).as("from the title").isEqualTo(2015);
		assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.values().get(0)).isEqualByComparingTo("14.9"));
		assertThat(file.figures().get(0).heading()).isEqualTo("Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)");
	}

	@Test
	void refusesAFileWithoutCodeAndGemeenteColumns() {
		String csv = withoutColumn(withoutColumn(FILE, 3), 1);

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.line()).isEqualTo(1))
			.satisfies(error -> assertThat(error.field()).isEqualTo(CODE_COLUMN));
	}

	@Test
	void leavesAFileWithoutCodesButWithGemeentenToTheJoinByPosition() {
		CbsFile file = CbsFileReader.read("kwb.csv", bytes(withoutColumn(FILE, 3)), 2031);

		assertThat(file.hasCodes()).isFalse();
		assertThat(file.rows()).hasSize(6).allSatisfy(row -> assertThat(row.code()).isNull());
		assertThat(file.rows().get(1).level()).isEqualTo(AreaLevel.DISTRICT);
	}

	@Test
	void namesTheLineOfARowThatWasCutShort() {
		String csv = withLine(FILE, 6, "\"Noordveld\";\"Testdorp\";\"Buurt\";\"BU98010001\";\"3\";250;125");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(6);
			assertThat(error.message()).contains("7 kolommen", "13");
		});
	}

	@Test
	void namesTheLineOfAFileThatEndsInsideAQuote() {
		String csv = FILE + "\"Laatste buurt\";\"Testdorp\";\"Bu";

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.line()).isEqualTo(9));
	}

	@Test
	void refusesRowsWithAnotherSeparatorThanTheHeading() {
		String csv = withLine(FILE, 5, "\"Noordbuurt\",\"Testdorp\",\"Buurt\",\"BU98010000\",\"1\",350,170,180,50,40,90,100,70");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.message()).contains("scheidingsteken");
		});
	}

	@Test
	void namesTheLineAndColumnOfEveryBadCell() {
		String csv = withLine(withLine(FILE, 4, "\"Wijk 00 Noord\";\"Testdorp\";\"Wijk\";\"WK98-100\";\"1\";600;295;305;90;70;150;170;120"),
				5, "\"Noordbuurt\";\"Testdorp\";\"Buurt\";\"BU98010000\";\"1\";350;17O;180;50;40;90;100;70");

		List<InputError> errors = errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031));

		assertThat(errors).extracting(InputError::line, InputError::field).containsExactly(
				tuple(4, CODE_COLUMN), tuple(5, "Bevolking/Geslacht/Mannen (aantal)"));
		assertThat(errors.get(1).message()).isEqualTo("Regel 5: \"17O\" is geen getal.");
	}

	@Test
	void refusesACodeThatDisagreesWithItsRegionType() {
		String csv = withLine(FILE, 6, "\"Noordveld\";\"Testdorp\";\"Wijk\";\"BU98010001\";\"3\";250;125;125;40;30;60;70;50");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("hoort bij een buurt", "zegt Wijk"));
	}

	@Test
	void refusesACodeThatOccursTwice() {
		String csv = withLine(FILE, 6, "\"Noordveld\";\"Testdorp\";\"Buurt\";\"BU98010000\";\"3\";250;125;125;40;30;60;70;50");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("staat ook al op regel 5"));
	}

	@Test
	void refusesDecimalPointsInAFileWithDecimalCommas() {
		String csv = withLine(withLine(FILE, 5, "\"Noordbuurt\";\"Testdorp\";\"Buurt\";\"BU98010000\";\"1\";\"350,5\";170;180;50;40;90;100;70"),
				6, "\"Noordveld\";\"Testdorp\";\"Buurt\";\"BU98010001\";\"3\";\"250.5\";125;125;40;30;60;70;50");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.line()).isEqualTo(6));
	}

	@Test
	void refusesTwoColumnsWithTheSameLabel() {
		String csv = FILE.replace("\"Bevolking/Geslacht/Vrouwen (aantal)\"", "\"Bevolking.Geslacht.Mannen..aantal.\"");

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", bytes(csv), 2031))).singleElement()
			.satisfies(error -> assertThat(error.line()).isEqualTo(1));
	}

	@Test
	void asksForTheYearWhenNothingNamesIt() {
		assertThat(errors(() -> CbsFileReader.read("kerncijfers.csv", bytes(FILE), null))).singleElement()
			.satisfies(error -> assertThat(error.field()).isEqualTo("year"));
	}

	@Test
	void refusesAFileThatIsNotUtf8AndNamesTheLine() {
		byte[] latin1 = withLine(FILE, 5, "\"Noordbuurt Zuidoost-Beemsterbrug é\";\"Testdorp\";\"Buurt\";\"BU98010000\";\"1\";350;170;180;50;40;90;100;70")
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThat(errors(() -> CbsFileReader.read("kwb.csv", latin1, 2031))).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.message()).contains("UTF-8");
		});
	}

	@Test
	void refusesUtf16AndSpreadsheets() {
		assertThat(errors(() -> CbsFileReader.read("kwb.csv", FILE.getBytes(StandardCharsets.UTF_16), 2031)))
			.singleElement()
			.satisfies(error -> assertThat(error.message()).contains("UTF-16"));
		assertThat(errors(() -> CbsFileReader.read("kwb.xlsx", new byte[] { 'P', 'K', 3, 4, 0 }, 2031)))
			.singleElement()
			.satisfies(error -> assertThat(error.message()).contains("Excel"));
		assertThat(errors(() -> CbsFileReader.read("kwb.csv", new byte[0], 2031))).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("leeg"));
	}

	@Test
	void reportsWhichParentsTheFileLeavesOut() {
		String csv = String.join("\r\n", FILE.split("\r\n")[0], FILE.split("\r\n")[4]) + "\r\n";

		assertThat(CbsFileReader.read("kwb.csv", bytes(csv), 2031).missingParents())
			.containsExactly(AreaCode.of("WK980100"));
	}

	private static List<InputError> errors(Runnable read) {
		try {
			read.run();
		}
		catch (InputRejectedException ex) {
			return ex.errors();
		}
		throw new AssertionError("the file was accepted");
	}

}
