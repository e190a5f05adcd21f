// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import nl.buurtkracht.system.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	@Test
	void readsQuotedAndPlainFieldsWithCrlfAndLf() {
		List<CsvRecord> records = CsvReader.read("\"a\";\"b \"\"c\"\"\";7\r\n\"d\";;8\n", ';');

		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b \"c\"", "7"), List.of("d", "", "8"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
	}

	@Test
	void countsLinesInsideQuotedFields() {
		List<CsvRecord> records = CsvReader.read("\"two\nlines\",1\nnext,2\n", ',');

		assertThat(records.get(0).field(0)).isEqualTo("two\nlines");
		assertThat(records.get(1).line()).isEqualTo(3);
	}

	@Test
	void namesTheLineOfAQuoteThatIsNeverClosed() {
		assertThatThrownBy(() -> CsvReader.read("a;b\n\"c;d\n", ';'))
			.isInstanceOfSatisfying(InputRejectedException.class, ex -> {
				assertThat(ex.errors().get(0).line()).isEqualTo(2);
				assertThat(ex.errors().get(0).message()).contains("aanhalingsteken");
			});
	}

	@Test
	void refusesTextRightAfterAClosingQuote() {
		assertThatThrownBy(() -> CsvReader.read("a,b\n\"c\"x,d\n", ','))
			.isInstanceOfSatisfying(InputRejectedException.class, ex -> assertThat(ex.errors().get(0).line()).isEqualTo(2));
	}

	@Test
	void findsTheSeparatorOutsideQuotes() {
		assertThat(CsvReader.separatorOf("\"Indelingswijziging gemeente, wijk, buurt\";\"b\"\n")).isEqualTo(';');
		assertThat(CsvReader.separatorOf("\"\",\"Wijken.en.buurten\"\n")).isEqualTo(',');
		assertThat(CsvReader.separatorOf("\"Kerncijfers wijken en buurten 2015\"\n\"\"\n\"\";\"Onderwerp\"\n")).isEqualTo(';');
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\tb\tc\n1\t2\t3\n", "a|b|c\n1|2|3\n" })
	void refusesOtherSeparators(String text) {
		assertThatThrownBy(() -> CsvReader.separatorOf(text)).isInstanceOfSatisfying(InputRejectedException.class,
				ex -> assertThat(ex.errors().get(0).line()).isEqualTo(1));
	}

	/** Property: whatever the fields hold, writing them as CSV and reading them back gives them again. */
	@Test
	void readsBackWhatAnyFieldsWriteAsCsv() {
		long seed = RandomGenerator.getDefault().nextLong();
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
		for (int round = 0; round < 200; round++) {
			char separator = random.nextBoolean() ? ';' : ',';
			List<List<String>> rows = rows(random);
			StringBuilder csv = new StringBuilder();
			rows.forEach(row -> csv.append(String.join(String.valueOf(separator), row.stream().map(CsvReaderTests::quoted)
				.toList())).append(random.nextBoolean() ? "\r\n" : "\n"));

			assertThat(CsvReader.read(csv.toString(), separator)).as("seed %d, round %d", seed, round)
				.extracting(CsvRecord::fields)
				.isEqualTo(rows);
		}
	}

	private static List<List<String>> rows(RandomGenerator random) {
		String alphabet = "ab; ,\"\n\r1.-éß";
		List<List<String>> rows = new ArrayList<>();
		int width = random.nextInt(1, 6);
		for (int r = random.nextInt(1, 5); r > 0; r--) {
			List<String> row = new ArrayList<>();
			for (int f = 0; f < width; f++) {
				StringBuilder field = new StringBuilder();
				for (int c = random.nextInt(0, 8); c > 0; c--) {
					field.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				row.add(field.toString());
			}
			rows.add(row);
		}
		return rows;
	}

	private static String quoted(String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

}
