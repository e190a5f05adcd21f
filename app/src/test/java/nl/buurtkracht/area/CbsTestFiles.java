// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Test data: small CBS files of made-up gemeenten in the StatLine layout, with codes in the {@code GM98xx}
 * range (no real gemeente, not the demo's GM9901). Tests use years from 2031 on, so that they never touch
 * the real data or each other.
 * <p>
 * Lines of {@link #statLine}: 1 heading, 2 Nederland, 3 the gemeente, 4 wijk 00, 5 and 6 its buurten,
 * 7 wijk 01, 8 its buurt.
 */
public final class CbsTestFiles {

	public static final String HEADINGS = "\"Wijken en buurten\";\"Regioaanduiding/Gemeentenaam (naam)\";"
			+ "\"Regioaanduiding/Soort regio (omschrijving)\";\"Regioaanduiding/Codering (code)\";"
			+ "\"Regioaanduiding/Indelingswijziging gemeente, wijk, buurt (code)\";\"Bevolking/Aantal inwoners (aantal)\";"
			+ "\"Bevolking/Geslacht/Mannen (aantal)\";\"Bevolking/Geslacht/Vrouwen (aantal)\";"
			+ "\"Bevolking/Leeftijdsgroepen/0 tot 15 jaar (aantal)\";\"Bevolking/Leeftijdsgroepen/15 tot 25 jaar (aantal)\";"
			+ "\"Bevolking/Leeftijdsgroepen/25 tot 45 jaar (aantal)\";\"Bevolking/Leeftijdsgroepen/45 tot 65 jaar (aantal)\";"
			+ "\"Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)\"";

	private CbsTestFiles() {
	}

	/** A valid file for gemeente {@code GM98nn} with two wijken and three buurten. */
	public static String statLine(String nn, String name) {
		String padded = String.format("%-40s", name);
		return String.join("\r\n", HEADINGS,
				row("Nederland", "Nederland", "Land", "NL00", ".", "17942942;8920768;9022174;2714040;2202159;4586399;4763116;3677228"),
				row(name, padded, "Gemeente", "GM98" + nn, "1", "1000;490;510;150;120;250;280;200"),
				row("Wijk 00 Noord", padded, "Wijk", "WK98" + nn + "00", "1", "600;295;305;90;70;150;170;120"),
				row("Noordbuurt", padded, "Buurt", "BU98" + nn + "0000", "1", "350;170;180;50;40;90;100;70"),
				row("Noordveld", padded, "Buurt", "BU98" + nn + "0001", "3", "250;125;125;40;30;60;70;50"),
				row("Wijk 01 Zuid", padded, "Wijk", "WK98" + nn + "01", "1", "400;195;205;60;50;100;110;80"),
				row("Zuidbuurt", padded, "Buurt", "BU98" + nn + "0100", "1", "400;195;205;60;50;100;110;80")) + "\r\n";
	}

	private static String row(String name, String municipality, String type, String code, String change, String values) {
		return "\"" + name + "\";\"" + municipality + "\";\"" + String.format("%-10s", type) + "\";\""
				+ String.format("%-10s", code) + "\";\"" + change + "\";" + values;
	}

	/** A GeoJSON FeatureCollection with a small square per code (PDOK property names), side by side. */
	public static byte[] geoJson(String... codes) {
		List<String> features = new ArrayList<>();
		for (int i = 0; i < codes.length; i++) {
			double west = 3.0 + i * 0.01;
			String property = switch (codes[i].substring(0, 2)) {
				case "GM" -> "gemeentecode";
				case "WK" -> "wijkcode";
				default -> "buurtcode";
			};
			features.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"%s\":\"%s\"},"
					+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.2f,52.0],[%.2f,52.0],[%.2f,52.01],[%.2f,52.0]]]}}",
					property, codes[i], west, west + 0.01, west + 0.01, west));
		}
		return ("{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** UTF-8 with a byte order mark, as StatLine writes it. */
	public static byte[] bytes(String text) {
		return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
	}

	/** The text with line {@code number} (1-based) replaced. */
	public static String withLine(String text, int number, String line) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n")));
		lines.set(number - 1, line);
		return String.join("\r\n", lines) + "\r\n";
	}

	/** The text without the {@code index}th (0-based) field on every line. */
	public static String withoutColumn(String text, int index) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\r\n")) {
			List<String> fields = new ArrayList<>(Arrays.asList(line.split(";", -1)));
			fields.remove(index);
			lines.add(String.join(";", fields));
		}
		return String.join("\r\n", lines) + "\r\n";
	}

}
