// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How CBS files write values: padded with spaces and no-break spaces, {@code .} for "unknown, unreliable
 * or secret", empty for "cannot occur" (and, in R exports, for suppressed decimals), {@code NA} and
 * {@code null} from R and OData, and sentinels at or below -99990 from PDOK and the kwb files. All of
 * those are absent values; none of them is 0.
 */
final class Cells {

	private static final Set<String> MISSING = Set.of("", ".", "na", "null");

	private static final BigDecimal LOWEST_VALUE = BigDecimal.valueOf(-99990);

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?");

	private Cells() {
	}

	/** Trims spaces and no-break spaces (which {@link String#strip()} keeps). */
	static String clean(String cell) {
		return cell.replace('\u00a0', ' ').strip();
	}

	static boolean isMissing(String cleaned) {
		return MISSING.contains(cleaned.toLowerCase(Locale.ROOT));
	}

	static boolean isNumber(String cleaned) {
		return NUMBER.matcher(cleaned).matches();
	}

	static boolean hasDecimalComma(String cleaned) {
		return cleaned.indexOf(',') > 0 && isNumber(cleaned);
	}

	static boolean hasDecimalPoint(String cleaned) {
		return cleaned.indexOf('.') > 0 && isNumber(cleaned);
	}

	/**
	 * The value of a cell already known to be a number; {@code null} for a sentinel.
	 */
	static @Nullable BigDecimal value(String cleaned, char decimalMark) {
		String plain = decimalMark == ',' ? cleaned.replace(',', '.') : cleaned;
		BigDecimal value = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
		return value.compareTo(LOWEST_VALUE) <= 0 ? null : value;
	}

}
