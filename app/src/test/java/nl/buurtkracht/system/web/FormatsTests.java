// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void moneyInDutch() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
		assertThat(formats.money(0)).isEqualTo("€ 0");
		assertThat(formats.money(5)).isEqualTo("€ 0,05");
		assertThat(formats.money(1_250_000)).isEqualTo("€ 12.500");
		assertThat(formats.money(1_250_050)).isEqualTo("€ 12.500,50");
		assertThat(formats.money(123_456_789_01L)).isEqualTo("€ 123.456.789,01");
		assertThat(formats.money(-99_999)).isEqualTo("€ -999,99");
	}

	@Test
	void moneyInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.money(1_250_050)).isEqualTo("€ 12,500.50");
		assertThat(formats.money(100_000_000)).isEqualTo("€ 1,000,000");
	}

	/** The hand-written format agrees with the JDK's number format on random amounts in both languages. */
	@Test
	void moneyAgreesWithNumberFormat() {
		SplittableRandom random = new SplittableRandom(20261130);
		for (String language : new String[] { "nl", "en" }) {
			LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
			Locale jdk = language.equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
			for (int i = 0; i < 10_000; i++) {
				long cents = random.nextLong(-100_000_000_000L, 100_000_000_000L);
				cents -= i % 2 == 0 ? cents % 100 : 0;
				NumberFormat format = NumberFormat.getNumberInstance(jdk);
				format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
				format.setMaximumFractionDigits(2);
				assertThat(formats.money(cents)).as("%d cents in %s", cents, language)
					.isEqualTo("€ " + format.format(cents / 100.0));
			}
		}
	}

}
