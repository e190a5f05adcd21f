// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalValuesFileTests {

	/** Knows eenzaamheid (percent) and schuld-per-1000; areas of GM9871 exist in 2061, BU98710000 also in 2060. */
	static final LocalValuesFile.Lookups LOOKUPS = new LocalValuesFile.Lookups() {

		@Override
		public Optional<Unit> localIndicator(String key) {
			return switch (key) {
				case "eenzaamheid" -> Optional.of(Unit.PERCENT);
				case "schuld-per-1000" -> Optional.of(Unit.PER_THOUSAND);
				default -> Optional.empty();
			};
		}

		@Override
		public boolean isCbsIndicator(String key) {
			return key.equals("laag-inkomen");
		}

		@Override
		public List<String> localIndicators() {
			return List.of("eenzaamheid", "schuld-per-1000");
		}

		@Override
		public Set<Integer> yearsOf(AreaCode code) {
			if (!code.value().startsWith("BU9871") && !code.value().startsWith("GM9871")) {
				return Set.of();
			}
			return code.value().equals("BU98710000") ? Set.of(2060, 2061) : Set.of(2061);
		}

	};

	@Test
	void readsValuesWithDecimalCommaOrPointAndABom() {
		LocalValuesFile.Contents contents = read("\uFEFFcode;indicator;year;value\r\n"
				+ "BU98710000;eenzaamheid;2061;40,5\r\n" + "\"BU98710001\";\"eenzaamheid\";\"2061\";\"30.25\"\r\n"
				+ "GM9871;schuld-per-1000;2061;12\r\n\r\n");

		assertThat(contents.values()).extracting(LocalValue::line, value -> value.value().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "40.5"), org.assertj.core.groups.Tuple.tuple(3, "30.25"),
					org.assertj.core.groups.Tuple.tuple(4, "12"));
	}

	@Test
	void acceptsTheDutchHeader() {
		assertThat(read("code;indicator;jaar;waarde\nBU98710000;eenzaamheid;2061;40\n").values()).hasSize(1);
	}

	@Test
	void keepsNoDataLinesAsAbsentNeverAsZero() {
		LocalValuesFile.Contents contents = read("code;indicator;year;value\nBU98710000;eenzaamheid;2061;.\n"
				+ "BU98710001;eenzaamheid;2061;\nBU98710002;eenzaamheid;2061;NA\nBU98710100;eenzaamheid;2061;-99997\n");

		assertThat(contents.values()).isEmpty();
		assertThat(contents.withoutData()).isEqualTo(4);
		assertThat(contents.lines()).allSatisfy(line -> assertThat(line.value()).isNull());
	}

	@Test
	void namesTheLineAndFieldOfEveryProblemAtOnce() {
		InputRejectedException rejected = reject("code;indicator;year;value\n" + "BU98710000;eenzaamheid;2061;40\n"
				+ "XX12;eenzaamheid;2061;40\n" + "BU98710001;onbekend;2061;40\n" + "BU98710002;eenzaamheid;2061;veel\n"
				+ "BU98710000;eenzaamheid;2061;41\n" + "BU98710002;eenzaamheid;20x1;3\n");

		assertThat(rejected.errors()).extracting(InputError::line, InputError::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "code"), org.assertj.core.groups.Tuple.tuple(4, "indicator"),
					org.assertj.core.groups.Tuple.tuple(5, "value"), org.assertj.core.groups.Tuple.tuple(6, null),
					org.assertj.core.groups.Tuple.tuple(7, "year"));
		assertThat(rejected.errors().get(0).message()).startsWith("Regel 3:").contains("geen CBS-code");
		assertThat(rejected.errors().get(1).message()).contains("bestaat niet", "eenzaamheid, schuld-per-1000");
		assertThat(rejected.errors().get(2).message()).contains("geen getal");
		assertThat(rejected.errors().get(3).message()).contains("staat al op regel 2");
	}

	@Test
	void refusesAnAreaTheMonitorDoesNotKnowThatYear() {
		InputRejectedException rejected = reject("code;indicator;year;value\nBU98710001;eenzaamheid;2060;40\n"
				+ "BU12340000;eenzaamheid;2061;40\n");

		assertThat(rejected.errors().get(0).message()).contains("niet in 2060, wel in 2061");
		assertThat(rejected.errors().get(1).message()).contains("onbekend");
	}

	@Test
	void refusesCbsIndicatorsAndOutOfRangeValues() {
		InputRejectedException rejected = reject("code;indicator;year;value\nBU98710000;laag-inkomen;2061;12\n"
				+ "BU98710000;eenzaamheid;2061;140\nBU98710001;schuld-per-1000;2061;-2\n");

		assertThat(rejected.errors()).extracting(InputError::message)
			.anySatisfy(message -> assertThat(message).contains("CBS-cijfers"))
			.anySatisfy(message -> assertThat(message).contains("tussen 0 en 100"))
			.anySatisfy(message -> assertThat(message).contains("tussen 0 en 1.000"));
	}

	@Test
	void refusesAWrongHeaderCommasAndMissingColumns() {
		assertThat(reject("code,indicator,year,value\n").errors().get(0).message()).contains("puntkomma");
		assertThat(reject("gebied;waarde\n").errors().get(0).line()).isEqualTo(1);
		assertThat(reject("code;indicator;year;value\nBU98710000;eenzaamheid;2061\n").errors().get(0).message())
			.contains("3 kolommen");
		assertThat(reject("code;indicator;year;value\n").errors().get(0).message()).contains("geen regels");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "code;indicator;year;value\nBU98710000;eenzaamheid;2061;40 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> LocalValuesFile.read(latin1, LOOKUPS)).isInstanceOf(InputRejectedException.class)
			.hasMessageContaining("UTF-8");
	}

	@Test
	void stopsAfterAHundredErrors() {
		StringBuilder text = new StringBuilder("code;indicator;year;value\n");
		for (int i = 0; i < 150; i++) {
			text.append("XX;eenzaamheid;2061;1\n");
		}

		assertThat(reject(text.toString()).errors()).hasSize(LocalValuesFile.MAX_ERRORS + 1);
	}

	private static LocalValuesFile.Contents read(String text) {
		return LocalValuesFile.read(text.getBytes(StandardCharsets.UTF_8), LOOKUPS);
	}

	private static InputRejectedException reject(String text) {
		try {
			read(text);
		}
		catch (InputRejectedException ex) {
			return ex;
		}
		throw new AssertionError("expected the file to be refused");
	}

}
