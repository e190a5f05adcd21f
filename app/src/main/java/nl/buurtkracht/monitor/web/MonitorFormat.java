// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import nl.buurtkracht.monitor.indicator.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes indicator values, scores and changes the Dutch (or English) way for the monitor's templates and
 * exports, as {@code ${@monitorFormat.value(value, unit)}}. A missing value reads "geen gegevens", never 0.
 */
@Component("monitorFormat")
class MonitorFormat {

	private final MessageSource messages;

	MonitorFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** A value with its unit, for example "12,5 %", "€ 312.000" or "23,4 per 1.000". */
	public String value(@Nullable BigDecimal value, Unit unit) {
		if (value == null) {
			return noData();
		}
		return messages.getMessage("monitor.unit." + unit.name(), new Object[] { number(value, unit) }, locale());
	}

	/** The number alone, in the unit's own scale (euros for amounts in thousands), for tables and exports. */
	public String number(@Nullable BigDecimal value, Unit unit) {
		if (value == null) {
			return "";
		}
		if (unit == Unit.EURO_THOUSAND) {
			return decimal(value.multiply(BigDecimal.valueOf(1000)), 0);
		}
		return decimal(value, unit.decimals());
	}

	/** A number for a CSV file: the locale's decimal separator, no thousands separators; empty when missing. */
	public String plain(@Nullable BigDecimal value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setGroupingUsed(false);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format.format(value);
	}

	/** A score from 0 to 100 with one decimal. */
	public String score(@Nullable BigDecimal score) {
		return score == null ? noData() : decimal(score, 1);
	}

	/** A percentile position as a whole number from 0 to 100. */
	public String percentile(@Nullable BigDecimal percentile) {
		return percentile == null ? noData() : decimal(percentile, 0);
	}

	/** Up (1), down (-1) or the same (0), as far as the shown decimals can tell. */
	public int direction(BigDecimal difference, Unit unit) {
		BigDecimal shown = unit == Unit.EURO_THOUSAND ? difference.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_EVEN)
				: difference.setScale(unit.decimals(), RoundingMode.HALF_EVEN);
		return shown.signum();
	}

	/** The size of a change in the indicator's unit; percentages change in percentage points. */
	public String difference(BigDecimal difference, Unit unit) {
		BigDecimal size = difference.abs();
		return messages.getMessage("monitor.difference." + unit.name(), new Object[] { number(size, unit) }, locale());
	}

	public String decimal(BigDecimal value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format.format(value);
	}

	/** A whole number with thousands separators. */
	public String count(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A share from 0 to 1 as a whole percentage, for the minimum coverage. */
	public String share(BigDecimal share) {
		return decimal(share.multiply(BigDecimal.valueOf(100)), 0) + " %";
	}

	/** A value of a job summary: a list as "a, b", anything else as text. */
	public String summary(@Nullable Object value) {
		if (value instanceof java.util.Collection<?> values) {
			return String.join(", ", values.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	public String noData() {
		return messages.getMessage("monitor.no-data", null, locale());
	}

	static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return locale.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
	}

}
