// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "       .", ".", "NA", "null", "NULL", " \u00a0 " })
	void treatsCbsSymbolsAndRMissingValuesAsAbsent(String cell) {
		assertThat(Cells.isMissing(Cells.clean(cell))).isTrue();
	}

	@Test
	void keepsZeroAsAValue() {
		assertThat(Cells.isMissing(Cells.clean("       0"))).isFalse();
		assertThat(Cells.value("0", '.')).isZero();
	}

	@Test
	void readsPointsAndCommasAsTheFileWritesThem() {
		assertThat(Cells.value(Cells.clean("     1.4"), '.')).isEqualByComparingTo("1.4");
		assertThat(Cells.value("2,1", ',')).isEqualByComparingTo("2.1");
		assertThat(Cells.value(Cells.clean("  -0.100"), '.')).isEqualByComparingTo("-0.1");
		assertThat(Cells.value("1e+05", '.')).isEqualByComparingTo("100000");
	}

	@Test
	void treatsPdokSentinelsAsAbsent() {
		assertThat(Cells.value("-99995", '.')).isNull();
		assertThat(Cells.value("-99997", '.')).isNull();
		assertThat(Cells.value("-99989", '.')).isEqualByComparingTo("-99989");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12a", "1.2.3", "x", "1 000", "--1" })
	void recognisesWhatIsNotANumber(String cell) {
		assertThat(Cells.isNumber(cell)).isFalse();
	}

	@Test
	void tellsDecimalCommasFromDecimalPoints() {
		assertThat(Cells.hasDecimalComma("2,1")).isTrue();
		assertThat(Cells.hasDecimalComma("21")).isFalse();
		assertThat(Cells.hasDecimalPoint("2.1")).isTrue();
		assertThat(Cells.hasDecimalPoint(".")).isFalse();
	}

}
