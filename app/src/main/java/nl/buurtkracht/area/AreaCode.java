// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CBS region code, trimmed and upper case: {@code GM0363} (gemeente), {@code WK036300} or
 * {@code WK0363AA} (wijk), {@code BU03630000} or {@code BU0363AA01} (buurt). The code encodes the
 * hierarchy: a wijk code is its gemeente's digits plus two characters, a buurt code its wijk's plus two.
 * A code alone does not identify an area over time; pair it with a year.
 */
public record AreaCode(String value) implements Comparable<AreaCode> {

	private static final Pattern FORMAT = Pattern.compile("GM\\d{4}|WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4}");

	public AreaCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a CBS gemeente, wijk or buurt code: " + value);
		}
	}

	/** Reads a code as people and files write it: padded, in lower case, with no-break spaces. */
	public static AreaCode of(String text) {
		return new AreaCode(normalise(text));
	}

	public static boolean isValid(String text) {
		return FORMAT.matcher(normalise(text)).matches();
	}

	public static Optional<AreaCode> parse(String text) {
		return isValid(text) ? Optional.of(of(text)) : Optional.empty();
	}

	private static String normalise(String text) {
		return text.replace('\u00a0', ' ').strip().toUpperCase(Locale.ROOT);
	}

	public AreaLevel level() {
		return Arrays.stream(AreaLevel.values())
			.filter(level -> value.startsWith(level.prefix()))
			.findFirst()
			.orElseThrow();
	}

	/** The wijk of a buurt, the gemeente of a wijk; empty for a gemeente. */
	public Optional<AreaCode> parent() {
		return switch (level()) {
			case MUNICIPALITY -> Optional.empty();
			case DISTRICT -> Optional.of(new AreaCode("GM" + value.substring(2, 6)));
			case NEIGHBOURHOOD -> Optional.of(new AreaCode("WK" + value.substring(2, 8)));
		};
	}

	public AreaCode municipality() {
		return new AreaCode("GM" + value.substring(2, 6));
	}

	@Override
	public int compareTo(AreaCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}

}
