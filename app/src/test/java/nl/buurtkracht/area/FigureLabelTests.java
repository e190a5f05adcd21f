// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FigureLabelTests {

	@Test
	void matchesTheStatLineLabelPathTheRExportAndOldStatLine() {
		FigureLabel statLine = FigureLabel.of("Inkomen/Inkomen van personen/Gemiddeld inkomen per inwoner (x 1 000 euro)");
		FigureLabel rExport = FigureLabel.of("Inkomen.Inkomen.van.personen.Gemiddeld.inkomen.per.inwoner...x.1.000.euro.");
		FigureLabel oldStatLine = FigureLabel.of("Inkomen|Inkomen van personen|Gemiddeld inkomen per inwoner\u00a0 (x 1 000 euro)");

		assertThat(rExport).isEqualTo(statLine);
		assertThat(oldStatLine).isEqualTo(statLine);
		assertThat(statLine.key()).isEqualTo("inkomen.inkomen.van.personen.gemiddeld.inkomen.per.inwoner.x.1.000.euro");
	}

	@Test
	void ignoresTheDoubleSpaceBeforeTheUnitOfThe2024Herkomst() {
		assertThat(FigureLabel.of("Bevolking/Bevolking naar herkomst/Herkomstland/Buiten Europa  (aantal)"))
			.isEqualTo(FigureLabel.of("Bevolking/Bevolking naar herkomst/Herkomstland/Buiten Europa (aantal)"));
	}

	@Test
	void keepsAccentedLettersAsRDoes() {
		assertThat(FigureLabel.of("Zorg.Wmo.cliënten..aantal.")).isEqualTo(FigureLabel.of("Zorg/Wmo-cliënten (aantal)"));
		assertThat(FigureLabel.of("Zorg.Wmo.cliënten..aantal.").key()).isEqualTo("zorg.wmo.cliënten.aantal");
	}

	@Test
	void hasNoLabelForAHeadingWithoutLettersOrDigits() {
		assertThat(FigureLabel.parse("")).isEmpty();
		assertThat(FigureLabel.parse(" . ")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new FigureLabel("Not Normalised"));
	}

}
