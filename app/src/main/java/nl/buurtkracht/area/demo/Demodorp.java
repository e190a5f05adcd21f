// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The fictional gemeente Demodorp: three wijken and ten buurten on a grid of rectangles in the North Sea,
 * with plausible figures for two years. Everything is generated here, none of it copied from CBS.
 * <p>
 * Code {@code GM9901}: real gemeente codes are numbered upwards from GM0003 and have not passed GM2000, and
 * PDOK uses GM0998 for "Buitenland", so the 99xx range cannot clash with a real gemeente.
 * <p>
 * The files are written in the CBS formats (StatLine CSV with BOM, {@code ;}, padded codes; GeoJSON keyed
 * by PDOK property names) and loaded through the ordinary importers, so the demo also shows that they work.
 */
final class Demodorp {

	static final String CODE = "GM9901";

	static final String NAME = "Demodorp";

	static final List<Integer> YEARS = List.of(2023, 2024);

	static final List<String> DISTRICTS = List.of("Centrum", "Noord", "Zuid");

	/** Rows from south (0) to north (2); each wijk fills one row of four columns. */
	static final List<DemoNeighbourhood> NEIGHBOURHOODS = List.of(
			new DemoNeighbourhood("00", "Oude Haven", 0, 0, 1, 1, 1_870, new int[] { 9, 16, 38, 22, 15 }, 412, 11.9, 24),
			new DemoNeighbourhood("01", "Marktkwartier", 0, 1, 1, 1, 2_240, new int[] { 8, 19, 41, 19, 13 }, 367, 14.2, 38),
			new DemoNeighbourhood("02", "Stationsbuurt", 0, 2, 1, 2, 2_655, new int[] { 11, 17, 36, 22, 14 }, 305, 16.8, 47),
			new DemoNeighbourhood("00", "Duinzicht", 1, 0, 2, 2, 3_480, new int[] { 17, 10, 24, 29, 20 }, 398, 6.1, 18),
			new DemoNeighbourhood("01", "Vogelbuurt", 1, 2, 2, 1, 2_915, new int[] { 19, 9, 27, 27, 18 }, 341, 8.4, 31),
			new DemoNeighbourhood("02", "Bedrijventerrein Noord", 1, 3, 2, 1, 35, new int[] { 0, 14, 43, 43, 0 }, 0, 0, 0),
			new DemoNeighbourhood("00", "Zuiderpark", 2, 0, 0, 1, 2_330, new int[] { 21, 10, 28, 25, 16 }, 329, 9.7, 35),
			new DemoNeighbourhood("01", "Molenwijk", 2, 1, 0, 1, 3_105, new int[] { 14, 11, 22, 27, 26 }, 286, 12.5, 52),
			new DemoNeighbourhood("02", "Tuindorp", 2, 2, 0, 1, 2_760, new int[] { 18, 10, 25, 28, 19 }, 351, 7.3, 22),
			new DemoNeighbourhood("03", "Buitengebied Zuid", 2, 3, 0, 1, 410, new int[] { 15, 11, 19, 32, 23 }, 487, 4.6, 6));

	private static final List<String> HEADINGS = List.of("Wijken en buurten", "Regioaanduiding/Gemeentenaam (naam)",
			"Regioaanduiding/Soort regio (omschrijving)", "Regioaanduiding/Codering (code)",
			"Regioaanduiding/Indelingswijziging gemeente, wijk, buurt (code)", "Bevolking/Aantal inwoners (aantal)",
			"Bevolking/Geslacht/Mannen (aantal)", "Bevolking/Geslacht/Vrouwen (aantal)",
			"Bevolking/Leeftijdsgroepen/0 tot 15 jaar (aantal)", "Bevolking/Leeftijdsgroepen/15 tot 25 jaar (aantal)",
			"Bevolking/Leeftijdsgroepen/25 tot 45 jaar (aantal)", "Bevolking/Leeftijdsgroepen/45 tot 65 jaar (aantal)",
			"Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)",
			"Bevolking/Particuliere huishoudens/Huishoudens totaal (aantal)",
			"Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)",
			"Wonen/Woningen naar eigendom/Huurwoningen/In bezit woningcorporatie (%)",
			"Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)",
			"Sociale zekerheid/Personen per soort uitkering/Bijstand (aantal)");

	/** South-west corner of the grid, far enough off the coast that no one mistakes it for a real place. */
	private static final double WEST = 3.60;

	private static final double SOUTH = 52.80;

	private static final double CELL_WIDTH = 0.012;

	private static final double CELL_HEIGHT = 0.008;

	private Demodorp() {
	}

	static String districtCode(int district) {
		return "WK9901" + String.format(Locale.ROOT, "%02d", district);
	}

	static String neighbourhoodCode(DemoNeighbourhood neighbourhood) {
		return "BU9901" + String.format(Locale.ROOT, "%02d", neighbourhood.district()) + neighbourhood.suffix();
	}

	/** The key figures of a year as a StatLine CSV download ("CSV met statistische symbolen"). */
	static byte[] figures(int year) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", HEADINGS.stream().map(heading -> "\"" + heading + "\"").toList())).append("\r\n");
		List<DemoFigures> neighbourhoods = NEIGHBOURHOODS.stream().map(n -> DemoFigures.of(n, year)).toList();
		row(csv, NAME, "Gemeente", CODE, DemoFigures.sum(neighbourhoods));
		for (int district = 0; district < DISTRICTS.size(); district++) {
			int index = district;
			List<DemoFigures> inDistrict = neighbourhoods.stream().filter(f -> f.source().district() == index).toList();
			row(csv, DISTRICTS.get(district), "Wijk", districtCode(district), DemoFigures.sum(inDistrict));
			inDistrict.forEach(f -> row(csv, f.source().name(), "Buurt", neighbourhoodCode(f.source()), f));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, String name, String type, String code, DemoFigures figures) {
		csv.append('"').append(name).append("\";\"").append(padded(NAME, 40)).append("\";\"").append(padded(type, 10))
			.append("\";\"").append(padded(code, 10)).append("\";\"1\"");
		for (String value : figures.cells()) {
			csv.append(';').append(value);
		}
		csv.append("\r\n");
	}

	private static String padded(String text, int width) {
		return String.format(Locale.ROOT, "%-" + width + "s", text);
	}

	/** Rectangles for the gemeente, its wijken and its buurten, with PDOK's property names. */
	static byte[] boundaries() {
		List<String> features = new ArrayList<>();
		features.add(feature("gemeentecode", CODE, NAME, 0, 0, 4, 3));
		for (int district = 0; district < DISTRICTS.size(); district++) {
			int row = districtRow(district);
			features.add(feature("wijkcode", districtCode(district), DISTRICTS.get(district), 0, row, 4, 1));
		}
		for (DemoNeighbourhood n : NEIGHBOURHOODS) {
			features.add(feature("buurtcode", neighbourhoodCode(n), n.name(), n.column(), n.row(), n.width(), 1));
		}
		return ("{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static int districtRow(int district) {
		return NEIGHBOURHOODS.stream().filter(n -> n.district() == district).findFirst().orElseThrow().row();
	}

	private static String feature(String codeProperty, String code, String name, int column, int row, int width,
			int height) {
		double west = WEST + column * CELL_WIDTH;
		double east = west + width * CELL_WIDTH;
		double south = SOUTH + row * CELL_HEIGHT;
		double north = south + height * CELL_HEIGHT;
		String ring = String.format(Locale.ROOT, "[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]", west,
				south, east, south, east, north, west, north, west, south);
		return "{\"type\":\"Feature\",\"properties\":{\"" + codeProperty + "\":\"" + code + "\",\"naam\":\"" + name
				+ "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
	}

	/** Rounds as CBS does for buurten and wijken. */
	static int roundToFive(double value) {
		return (int) (Math.round(value / 5) * 5);
	}

	static String decimal(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	static int total(List<DemoFigures> figures, ToIntFunction<DemoFigures> value) {
		return figures.stream().mapToInt(value).sum();
	}

}
