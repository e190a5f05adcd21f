// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AreaCodeTests {

	@Test
	void readsPaddedLowerCaseCodesWithNoBreakSpaces() {
		assertThat(AreaCode.of(" gm0363 \u00a0").value()).isEqualTo("GM0363");
		assertThat(AreaCode.of("BU03630000  ").value()).isEqualTo("BU03630000");
	}

	@Test
	void knowsItsLevelParentAndGemeente() {
		AreaCode buurt = AreaCode.of("BU03630001");

		assertThat(buurt.level()).isEqualTo(AreaLevel.NEIGHBOURHOOD);
		assertThat(buurt.parent()).contains(AreaCode.of("WK036300"));
		assertThat(buurt.municipality()).isEqualTo(AreaCode.of("GM0363"));
		assertThat(AreaCode.of("WK036300").parent()).contains(AreaCode.of("GM0363"));
		assertThat(AreaCode.of("GM0363").parent()).isEmpty();
	}

	@Test
	void acceptsTheLetterCodesOfGemeentenWithMoreThanAHundredWijken() {
		assertThat(AreaCode.of("BU0363AA01").parent()).contains(AreaCode.of("WK0363AA"));
		assertThat(AreaCode.of("WK0363AA").municipality()).isEqualTo(AreaCode.of("GM0363"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "NL00", "GM363", "GM03630", "WK0363", "BU036300", "XX0363", "GM03A3", "BU0363000" })
	void refusesWhatIsNotAGemeenteWijkOrBuurtCode(String text) {
		assertThat(AreaCode.isValid(text)).isFalse();
		assertThat(AreaCode.parse(text)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.of(text));
	}

}
