// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFiguresTests {

	private static final AreaCode CODE = AreaCode.of("BU98990000");

	@Test
	void takesInhabitantsSexAndAgeGroupsFromTheFigures() {
		KeyFigures figures = KeyFigures.of(figures(figure("Bevolking/Aantal inwoners (aantal)", "200"),
				figure("Bevolking.Geslacht.Mannen..aantal.", "95"),
				figure("Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)", "30")));

		assertThat(figures.inhabitants()).isEqualByComparingTo("200");
		assertThat(figures.men()).isEqualByComparingTo("95");
		assertThat(figures.women()).as("absent, not 0").isNull();
		assertThat(figures.ageGroups()).extracting(AgeGroup::key).containsExactly("0-15", "15-25", "25-45", "45-65", "65+");
		assertThat(figures.ageGroups().get(4).count()).isEqualByComparingTo("30");
		assertThat(figures.ageGroups().get(0).count()).isNull();
		assertThat(figures.hasAgeGroups()).isTrue();
	}

	@Test
	void givesTheShareOfAnAgeGroupOnlyWhenBothNumbersAreKnown() {
		KeyFigures figures = KeyFigures.of(figures(figure("Bevolking/Aantal inwoners (aantal)", "300"),
				figure("Bevolking/Leeftijdsgroepen/0 tot 15 jaar (aantal)", "50")));

		assertThat(figures.share(figures.ageGroups().get(0))).isEqualByComparingTo("16.7");
		assertThat(figures.share(figures.ageGroups().get(1))).isNull();
		assertThat(KeyFigures.of(figures()).share(figures.ageGroups().get(0))).isNull();
	}

	private static Figures figures(Figure... figures) {
		return new Figures(CODE, 2031, List.of(figures));
	}

	private static Figure figure(String heading, String value) {
		return new Figure(FigureLabel.of(heading), heading, new BigDecimal(value));
	}

}
