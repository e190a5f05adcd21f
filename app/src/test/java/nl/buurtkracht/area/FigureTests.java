// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTests {

	@Test
	void makesTheDottedHeadingsOfAnRExportReadable() {
		String heading = "Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.";

		assertThat(new Figure(FigureLabel.of(heading), heading, BigDecimal.ONE).readableHeading())
			.isEqualTo("Wonen Gemiddelde WOZ waarde van woningen x 1 000 euro");
	}

	@Test
	void leavesStatLineHeadingsAlone() {
		String heading = "Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)";

		assertThat(new Figure(FigureLabel.of(heading), heading, BigDecimal.ONE).readableHeading()).isEqualTo(heading);
	}

}
