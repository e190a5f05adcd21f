// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import nl.buurtkracht.area.FigureLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CbsIndicatorTests {

	private final Map<FigureLabel, BigDecimal> figures = new HashMap<>();

	@Test
	void readsLabelsAsEveryCbsFormatWritesThem() {
		put("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen....", "13.7");
		put("Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)", "312");
		put("Inkomen.Inkomen.van.huishoudens.Huish..onder.of.rond.sociaal.minimum....", "9.1");
		put("SES-WOA/Totaalscore/Gemiddelde score (Getal)", "-0.100");

		assertThat(CbsIndicator.LOW_INCOME.derive(figures::get)).hasValue(new BigDecimal("13.7"));
		assertThat(CbsIndicator.WOZ_VALUE.derive(figures::get)).hasValue(new BigDecimal("312"));
		assertThat(CbsIndicator.SOCIAL_MINIMUM.derive(figures::get)).hasValue(new BigDecimal("9.1"));
		assertThat(CbsIndicator.SES_WOA.derive(figures::get)).hasValue(new BigDecimal("-0.100"));
	}

	@Test
	void turnsBenefitCountsIntoRatesPerThousandInhabitantsAgedFifteenToSixtyFive() {
		workingAge("200", "400", "400");
		put("Sociale.zekerheid.Personen.per.soort.uitkering..Bijstand..aantal.", "30");
		put("Sociale zekerheid/Personen per soort uitkering; WW (aantal)", "0");

		assertThat(CbsIndicator.SOCIAL_ASSISTANCE.derive(figures::get)).hasValueSatisfying(
				value -> assertThat(value).isEqualByComparingTo("30"));
		assertThat(CbsIndicator.UNEMPLOYMENT_BENEFIT.derive(figures::get)).as("a real zero stays zero")
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0"));
		assertThat(CbsIndicator.DISABILITY_BENEFIT.derive(figures::get)).as("a suppressed count gives no rate").isEmpty();
	}

	@Test
	void givesNoRateWhenAnAgeGroupIsSuppressedOrNobodyLivesThere() {
		put("Sociale zekerheid/Personen per soort uitkering; Bijstand (aantal)", "10");
		workingAge("0", "0", "0");
		assertThat(CbsIndicator.SOCIAL_ASSISTANCE.derive(figures::get)).isEmpty();

		figures.remove(FigureLabel.of("Bevolking/Leeftijdsgroepen/25 tot 45 jaar (aantal)"));
		put("Bevolking/Leeftijdsgroepen/15 tot 25 jaar (aantal)", "100");
		assertThat(CbsIndicator.SOCIAL_ASSISTANCE.derive(figures::get)).isEmpty();
	}

	@Test
	void computesAgeSharesOfAllInhabitants() {
		put("Bevolking/Aantal inwoners (aantal)", "1400");
		put("Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)", "200");

		assertThat(CbsIndicator.AGE_65_PLUS.derive(figures::get)).hasValueSatisfying(
				value -> assertThat(value).isEqualByComparingTo("14.2857"));
		assertThat(CbsIndicator.AGE_0_15.derive(figures::get)).isEmpty();
	}

	@Test
	void datesIncomeTwoYearsBeforeTheKwbYear() {
		assertThat(CbsIndicator.LOW_INCOME.referenceLag()).isEqualTo(2);
		assertThat(CbsIndicator.SOCIAL_MINIMUM.referenceLag()).isEqualTo(2);
		assertThat(CbsIndicator.INCOME_PER_INHABITANT.referenceLag()).isEqualTo(2);
		assertThat(CbsIndicator.SOCIAL_ASSISTANCE.referenceLag()).isZero();
	}

	@Test
	void reservesItsKeys() {
		assertThat(CbsIndicator.isReserved("laag-inkomen")).isTrue();
		assertThat(CbsIndicator.isReserved("eenzaamheid")).isFalse();
		assertThat(CbsIndicator.byKey("woz-waarde")).hasValue(CbsIndicator.WOZ_VALUE);
	}

	private void workingAge(String young, String middle, String older) {
		put("Bevolking/Leeftijdsgroepen/15 tot 25 jaar (aantal)", young);
		put("Bevolking/Leeftijdsgroepen/25 tot 45 jaar (aantal)", middle);
		put("Bevolking/Leeftijdsgroepen/45 tot 65 jaar (aantal)", older);
	}

	private void put(String heading, String value) {
		figures.put(FigureLabel.of(heading), new BigDecimal(value));
	}

}
