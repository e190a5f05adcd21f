// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a file is about, as its name or title states it: {@code Kerncijfers_wijken_en_buurten_2024_11122025_141648.csv}
 * is about 2024 (the download date 11122025 does not count: only a number of exactly four digits does).
 */
final class FileYear {

	static final int FIRST = 1900;

	static final int LAST = 2200;

	private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[0-9]{2}|2[01][0-9]{2})(?![0-9])");

	private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:JJ00)?\\*{0,2}$");

	private FileYear() {
	}

	static Optional<Integer> in(String text) {
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

	/** A StatLine period: {@code 2019}, provisional {@code 2019*}, or the OData form {@code 2019JJ00}. */
	static Optional<Integer> ofPeriod(String cell) {
		Matcher matcher = PERIOD.matcher(cell);
		return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

	static boolean isPlausible(int year) {
		return year >= FIRST && year <= LAST;
	}

}
