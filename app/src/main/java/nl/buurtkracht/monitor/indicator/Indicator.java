// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.util.Locale;

import nl.buurtkracht.monitor.index.Direction;

/**
 * A measured quantity of an area, such as the share of households with a low income.
 *
 * @param key stable identifier in URLs, files and the API, for example {@code laag-inkomen}
 * @param referenceLag how many years before the monitor year the values refer to (income: 2)
 * @param definitionNl how the value is computed, in Dutch; empty for local indicators
 */
public record Indicator(String key, String nameNl, String nameEn, Unit unit, Direction direction, String sourceNl,
		String sourceEn, Origin origin, int referenceLag, String definitionNl, String definitionEn) {

	public String name(Locale locale) {
		return isEnglish(locale) ? nameEn : nameNl;
	}

	public String source(Locale locale) {
		return isEnglish(locale) ? sourceEn : sourceNl;
	}

	public String definition(Locale locale) {
		return isEnglish(locale) ? definitionEn : definitionNl;
	}

	public boolean isLocal() {
		return origin == Origin.LOCAL;
	}

	public int referenceYear(int year) {
		return year - referenceLag;
	}

	private static boolean isEnglish(Locale locale) {
		return locale.getLanguage().equals("en");
	}

}
