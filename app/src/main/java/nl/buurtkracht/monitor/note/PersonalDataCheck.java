// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds obvious personal data in free text, so that a field note never holds it: e-mail addresses, Dutch
 * phone numbers, numbers that pass the BSN eleven test (elfproef), a postcode or street with a house number,
 * IBANs that pass their check digits, and names after "meneer" or "mevrouw". It cannot find a bare name;
 * the form warns about those. Only the kinds found are returned, never the text itself, so nothing personal
 * reaches a log or an error message.
 */
public final class PersonalDataCheck {

	/** What was found. */
	public enum Finding {
		EMAIL, PHONE, BSN, POSTCODE, ADDRESS, IBAN, NAME
	}

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

	/** 0 or +31/0031, then nine digits, optionally split by spaces, dots or hyphens, or with (0) after +31. */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d+])(?:(?:\\+|00)31[\\s.-]?(?:\\(0\\)[\\s.-]?)?|0)[1-9](?:[\\s.-]?\\d){8}(?!\\d)");

	/** Other international numbers: + and a country code, then at least eight more digits. */
	private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("(?<![\\d])\\+\\d{1,3}(?:[\\s.-]?\\d){8,12}(?!\\d)");

	/** Nine digits in a row, or in the usual groups 3-3-3 and 4-2-3. */
	private static final Pattern NINE_DIGITS = Pattern
		.compile("(?<![\\d.,-])(\\d{9}|\\d{3}[ .-]\\d{3}[ .-]\\d{3}|\\d{4}[ .-]\\d{2}[ .-]\\d{3})(?![\\d,]|\\.\\d)");

	private static final Pattern POSTCODE_AND_NUMBER = Pattern
		.compile("(?<![\\d\\p{L}])[1-9]\\d{3}\\s?[A-Za-z]{2}(?![\\p{L}])[\\s,]*(?:nr\\.?\\s*)?\\d{1,5}(?!\\d)");

	private static final Pattern STREET_AND_NUMBER = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{L}*"
			+ "(?:straat|laan|weg|plein|gracht|kade|singel|hof|dijk|pad|steeg|dreef|plantsoen|markt|park|erf|baan|veld)"
			+ "\\s+\\d{1,5}(?:\\s?[A-Za-z](?![\\p{L}]))?(?!\\d)");

	private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?:\\s?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])");

	private static final Pattern TITLED_NAME = Pattern.compile("(?<![\\p{L}])(?i:meneer|mevrouw|mevr\\.|mw\\.|dhr\\.|hr\\.)"
			+ "\\s+(?:(?:de|van|der|den|ter|ten|het|'t)\\s+)*\\p{Lu}\\p{Ll}+");

	private PersonalDataCheck() {
	}

	public static Set<Finding> find(String text) {
		Set<Finding> found = EnumSet.noneOf(Finding.class);
		if (EMAIL.matcher(text).find()) {
			found.add(Finding.EMAIL);
		}
		if (PHONE.matcher(text).find() || INTERNATIONAL_PHONE.matcher(text).find()) {
			found.add(Finding.PHONE);
		}
		Matcher nine = NINE_DIGITS.matcher(text);
		while (nine.find()) {
			if (passesElevenTest(nine.group(1).replaceAll("\\D", ""))) {
				found.add(Finding.BSN);
			}
		}
		if (POSTCODE_AND_NUMBER.matcher(text).find()) {
			found.add(Finding.POSTCODE);
		}
		if (STREET_AND_NUMBER.matcher(text).find()) {
			found.add(Finding.ADDRESS);
		}
		Matcher iban = IBAN.matcher(text);
		while (iban.find()) {
			if (isIban(iban.group().replace(" ", ""))) {
				found.add(Finding.IBAN);
			}
		}
		if (TITLED_NAME.matcher(text).find()) {
			found.add(Finding.NAME);
		}
		return found;
	}

	/**
	 * The BSN eleven test: {@code 9·d1 + 8·d2 + … + 2·d8 − 1·d9} is a multiple of 11 (and not 0).
	 */
	static boolean passesElevenTest(String digits) {
		if (digits.length() != 9) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		sum -= digits.charAt(8) - '0';
		return sum != 0 && sum % 11 == 0;
	}

	/** ISO 13616: move the first four characters to the end, letters to numbers, and the remainder by 97 is 1. */
	static boolean isIban(String candidate) {
		String iban = candidate.toUpperCase(Locale.ROOT);
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
			if (Character.isDigit(c)) {
				digits.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				digits.append(c - 'A' + 10);
			}
			else {
				return false;
			}
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

}
