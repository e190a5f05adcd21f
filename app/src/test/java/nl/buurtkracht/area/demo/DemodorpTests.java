// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import nl.buurtkracht.area.AreaCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demodorp's generated files are plausible and consistent, read independently of the importer: counts
 * add up, wijken and the gemeente are the sums of their buurten, tiny buurten have suppressed figures.
 */
class DemodorpTests {

	@ParameterizedTest
	@ValueSource(ints = { 2023, 2024 })
	void countsAddUpInEveryRow(int year) {
		for (long[] row : rows(year).values()) {
			assertThat(row[1] + row[2]).as("men and women").isEqualTo(row[0]);
			assertThat(row[3] + row[4] + row[5] + row[6] + row[7]).as("age groups").isEqualTo(row[0]);
			assertThat(row[0] % 5).as("rounded to 5 like CBS").isZero();
		}
	}

	@Test
	void wijkenAndTheGemeenteAreTheSumOfTheirBuurten() {
		Map<String, long[]> rows = rows(2024);
		for (String code : rows.keySet()) {
			String prefix = code.startsWith("GM") ? "BU" + code.substring(2) : code.startsWith("WK") ? "BU" + code.substring(2) : null;
			if (prefix != null) {
				long buurten = rows.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue()[0]).sum();
				assertThat(rows.get(code)[0]).as(code).isEqualTo(buurten);
			}
		}
		assertThat(rows.get("GM9901")[0]).isBetween(20_000L, 30_000L);
	}

	@Test
	void hasOneGemeenteThreeWijkenAndTenBuurtenWithValidCodes() {
		Map<String, long[]> rows = rows(2024);

		assertThat(rows.keySet()).allSatisfy(code -> assertThat(AreaCode.isValid(code)).isTrue());
		assertThat(rows.keySet()).filteredOn(code -> code.startsWith("WK")).hasSize(3);
		assertThat(rows.keySet()).filteredOn(code -> code.startsWith("BU")).hasSize(10);
		assertThat(rows.keySet()).allSatisfy(code -> assertThat(AreaCode.of(code).municipality().value()).isEqualTo("GM9901"));
	}

	@Test
	void suppressesIncomeAndBenefitsOfTheTinyBuurtLikeCbs() {
		String tiny = lines(2024).stream().filter(line -> line.contains("Bedrijventerrein Noord")).findFirst().orElseThrow();

		assertThat(tiny.split(";")).endsWith("\".\"", "\".\"", "\".\"", "\".\"");
	}

	@Test
	void growsFrom2023To2024() {
		assertThat(rows(2024).get("GM9901")[0]).isGreaterThan(rows(2023).get("GM9901")[0]);
	}

	@Test
	void drawsEveryAreaAsAClosedRectangle() {
		String geoJson = new String(Demodorp.boundaries(), StandardCharsets.UTF_8);

		assertThat(geoJson.split("\"type\":\"Feature\"")).hasSize(1 + 14);
		assertThat(geoJson).contains("\"gemeentecode\":\"GM9901\"", "\"wijkcode\":\"WK990102\"", "\"buurtcode\":\"BU99010203\"");
		assertThat(geoJson).contains("[[3.6000,52.8000],[3.6480,52.8000],[3.6480,52.8240],[3.6000,52.8240],[3.6000,52.8000]]");
	}

	@Test
	void isOffInProduction() throws IOException {
		Properties production = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
			production.load(in);
		}
		assertThat(production.getProperty("buurtkracht.demo.enabled")).isEqualTo("false");
	}

	/** Code → inhabitants, men, women, the five age groups. */
	private static Map<String, long[]> rows(int year) {
		Map<String, long[]> rows = new LinkedHashMap<>();
		for (String line : lines(year).subList(1, lines(year).size())) {
			String[] cells = line.split(";");
			long[] numbers = Arrays.stream(cells, 5, 13).mapToLong(Long::parseLong).toArray();
			rows.put(cells[3].replace("\"", "").strip(), numbers);
		}
		return rows;
	}

	private static List<String> lines(int year) {
		String text = new String(Demodorp.figures(year), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return List.of(text.substring(1).split("\r\n"));
	}

}
