// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dutch (and English) formats for templates, used as {@code ${@fmt.money(cents)}}: dates
 * "29 november 2026", times "14.30 uur", money "€ 12.500", numbers "1.234,5".
 */
@Component("fmt")
public class Formats {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** Written by hand: building a {@link NumberFormat} per call showed up in a profile of the ballot page. */
	public String money(long cents) {
		boolean english = locale().getLanguage().equals("en");
		long whole = Math.abs(cents / 100);
		int fraction = (int) Math.abs(cents % 100);
		StringBuilder text = new StringBuilder(24).append(whole);
		for (int i = text.length() - 3; i > 0; i -= 3) {
			text.insert(i, english ? ',' : '.');
		}
		if (fraction != 0) {
			text.append(english ? '.' : ',').append(fraction < 10 ? "0" : "").append(fraction);
		}
		return (cents < 0 ? "€ -" : "€ ") + text;
	}

	public String number(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	public String number(@Nullable Number value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	public String date(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(zoned(value));
	}

	public String dateTime(@Nullable Instant value) {
		if (value == null) {
			return "";
		}
		return date(value) + ", " + time(value);
	}

	public String time(@Nullable Instant value) {
		if (value == null) {
			return "";
		}
		boolean dutch = locale().getLanguage().equals("nl");
		String pattern = dutch ? "H.mm 'uur'" : "h:mm a";
		return DateTimeFormatter.ofPattern(pattern, locale()).format(value.atZone(AMSTERDAM));
	}

	private static TemporalAccessor zoned(TemporalAccessor value) {
		return value instanceof Instant instant ? instant.atZone(AMSTERDAM) : value;
	}

	private static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return locale.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
	}

	/** A date as ISO text for {@code <time datetime>}. */
	public String iso(@Nullable LocalDate value) {
		return value == null ? "" : value.toString();
	}

}
