// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.local;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an upload of local indicator values: UTF-8 (a byte order mark is allowed), a header
 * {@code code;indicator;year;value} (or {@code code;indicator;jaar;waarde}), then one value per line. Values
 * may have a decimal comma or point; {@code .}, {@code NA} or an empty value means "no data" and is skipped,
 * never stored as 0. Every problem is collected with its line number, and any problem refuses the whole file.
 */
final class LocalValuesFile {

	static final int MAX_ERRORS = 100;

	static final String HEADER = "code;indicator;year;value";

	private static final Set<String> HEADERS = Set.of(HEADER, "code;indicator;jaar;waarde");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Set<String> NO_DATA = Set.of("", ".", "na", "n/a");

	private static final BigDecimal SENTINEL = new BigDecimal("-99990");

	/** What the file is checked against. */
	interface Lookups {

		/** The unit of a local indicator, or empty when no local indicator has this key. */
		Optional<Unit> localIndicator(String key);

		boolean isCbsIndicator(String key);

		/** The local indicator keys, to name them in an error. */
		List<String> localIndicators();

		/** The years in which the monitor knows the area; empty when it knows it in none. */
		Set<Integer> yearsOf(AreaCode code);

	}

	/** The accepted lines, with a value or saying "no data". */
	record Contents(List<LocalValue> lines) {

		List<LocalValue> values() {
			return lines.stream().filter(line -> line.value() != null).toList();
		}

		int withoutData() {
			return (int) lines.stream().filter(line -> line.value() == null).count();
		}

	}

	private final Lookups lookups;

	private final List<InputError> errors = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private LocalValuesFile(Lookups lookups) {
		this.lookups = lookups;
	}

	/**
	 * @throws InputRejectedException with every problem (at most {@value #MAX_ERRORS}) by line and field
	 */
	static Contents read(byte[] content, Lookups lookups) {
		return new LocalValuesFile(lookups).read(content);
	}

	private Contents read(byte[] content) {
		String text = decode(content);
		String[] lines = text.split("\r\n|\n|\r", -1);
		if (!HEADERS.contains(header(lines[0]))) {
			throw new InputRejectedException(new InputError(1, null, lines[0].contains(",") && !lines[0].contains(";")
					? "De eerste regel gebruikt komma's. Gebruik een puntkomma (;) tussen de kolommen: " + HEADER + "."
					: "De eerste regel moet de kolomnamen geven: " + HEADER + "."));
		}
		List<LocalValue> accepted = new ArrayList<>();
		for (int i = 1; i < lines.length && errors.size() < MAX_ERRORS; i++) {
			if (!lines[i].isBlank()) {
				parse(i + 1, lines[i]).ifPresent(accepted::add);
			}
		}
		if (errors.size() >= MAX_ERRORS) {
			errors.add(InputError.general("We zijn na " + MAX_ERRORS + " fouten gestopt met controleren."));
		}
		if (!errors.isEmpty()) {
			throw new InputRejectedException(errors);
		}
		if (accepted.isEmpty()) {
			throw new InputRejectedException(InputError.general("Het bestand heeft geen regels met cijfers."));
		}
		return new Contents(accepted);
	}

	/** The line's value (possibly "no data"), or empty when it has a problem, which is then recorded. */
	private Optional<LocalValue> parse(int number, String text) {
		String[] fields = text.split(";", -1);
		if (fields.length != 4) {
			problem(number, null, "Deze regel heeft " + fields.length + " kolommen. Er moeten er 4 zijn: " + HEADER + ".");
			return Optional.empty();
		}
		String codeText = clean(fields[0]);
		String indicator = clean(fields[1]).toLowerCase(Locale.ROOT);
		String yearText = clean(fields[2]);
		String valueText = clean(fields[3]);
		int before = errors.size();
		Optional<AreaCode> code = AreaCode.parse(codeText);
		if (code.isEmpty()) {
			problem(number, "code", "\"" + codeText + "\" is geen CBS-code van een gemeente, wijk of buurt (zoals BU03630000).");
		}
		Optional<Unit> unit = indicator(number, indicator);
		Integer year = year(number, yearText);
		if (code.isPresent() && year != null) {
			knownArea(number, code.get(), year);
		}
		BigDecimal value = NO_DATA.contains(valueText.toLowerCase(Locale.ROOT)) ? null : value(number, valueText, unit);
		if (errors.size() > before) {
			return Optional.empty();
		}
		String key = code.orElseThrow().value() + ";" + indicator + ";" + year;
		Integer earlier = seen.putIfAbsent(key, number);
		if (earlier != null) {
			problem(number, null, "Deze regel geeft een tweede waarde voor " + code.get() + ", " + indicator + " in "
					+ year + ". Die staat al op regel " + earlier + ".");
			return Optional.empty();
		}
		boolean noData = value == null || value.compareTo(SENTINEL) <= 0;
		return Optional.of(new LocalValue(number, code.get(), indicator, year, noData ? null : value));
	}

	private Optional<Unit> indicator(int number, String indicator) {
		Optional<Unit> unit = lookups.localIndicator(indicator);
		if (unit.isPresent()) {
			return unit;
		}
		if (lookups.isCbsIndicator(indicator)) {
			problem(number, "indicator", "\"" + indicator + "\" komt uit de CBS-cijfers. Die haalt de wijkmonitor zelf "
					+ "uit de CBS-import; je kunt ze niet uploaden.");
		}
		else {
			problem(number, "indicator", "De indicator \"" + indicator + "\" bestaat niet. Bekende lokale indicatoren: "
					+ String.join(", ", lookups.localIndicators()) + ".");
		}
		return Optional.empty();
	}

	private @Nullable Integer year(int number, String text) {
		if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1900 || Integer.parseInt(text) > 2200) {
			problem(number, "year", "\"" + text + "\" is geen jaar. Schrijf het jaar met vier cijfers, zoals 2022.");
			return null;
		}
		return Integer.valueOf(text);
	}

	private void knownArea(int number, AreaCode code, int year) {
		Set<Integer> years = lookups.yearsOf(code);
		if (years.contains(year)) {
			return;
		}
		if (years.isEmpty()) {
			problem(number, "code", "De code " + code + " is onbekend. Importeer eerst de CBS-cijfers van dit gebied.");
		}
		else {
			problem(number, "code", "De wijkmonitor kent " + code + " niet in " + year + ", wel in "
					+ String.join(", ", years.stream().sorted().map(String::valueOf).toList()) + ".");
		}
	}

	private @Nullable BigDecimal value(int number, String text, Optional<Unit> unit) {
		if (!NUMBER.matcher(text).matches()) {
			problem(number, "value", "\"" + text + "\" is geen getal. Schrijf bijvoorbeeld 12,5 of 12.5; zonder "
					+ "punten voor duizendtallen. Geen gegevens? Laat de waarde leeg of schrijf een punt.");
			return null;
		}
		BigDecimal value = new BigDecimal(text.replace(',', '.'));
		if (unit.isPresent() && value.compareTo(SENTINEL) > 0) {
			outOfRange(unit.get(), value).ifPresent(message -> problem(number, "value", message));
		}
		return value;
	}

	private static Optional<String> outOfRange(Unit unit, BigDecimal value) {
		return switch (unit) {
			case PERCENT -> between(value, 100) ? Optional.empty()
					: Optional.of("Een percentage ligt tussen 0 en 100, maar hier staat " + value.toPlainString() + ".");
			case PER_THOUSAND -> between(value, 1000) ? Optional.empty()
					: Optional.of("Een aantal per 1.000 ligt tussen 0 en 1.000, maar hier staat " + value.toPlainString() + ".");
			case SCORE -> Optional.empty();
			default -> value.signum() >= 0 ? Optional.empty()
					: Optional.of("Deze indicator kan niet negatief zijn, maar hier staat " + value.toPlainString() + ".");
		};
	}

	private static boolean between(BigDecimal value, int maximum) {
		return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(maximum)) <= 0;
	}

	private void problem(int number, @Nullable String field, String message) {
		errors.add(new InputError(number, field, "Regel " + number + ": " + message));
	}

	private static String header(String line) {
		return clean(line).replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private static String clean(String field) {
		String text = field.replace('\u00a0', ' ').strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text;
	}

	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InputRejectedException(InputError.general(
					"Het bestand is geen UTF-8-tekst. Sla het op als \"CSV UTF-8\" en probeer het opnieuw."));
		}
	}

}
