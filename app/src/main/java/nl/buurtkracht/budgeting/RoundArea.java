// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wijk or buurt a round is for, by its CBS code. CBS codes nest: the buurt {@code BU03630001} lies in
 * the wijk {@code WK036300}, which lies in the gemeente {@code GM0363}.
 */
public record RoundArea(String code) {

	private static final Pattern DISTRICT = Pattern.compile("WK\\d{6}");

	private static final Pattern NEIGHBOURHOOD = Pattern.compile("BU\\d{8}");

	public RoundArea {
		code = code.strip().toUpperCase(Locale.ROOT);
		if (!isDistrict(code) && !isNeighbourhood(code)) {
			throw new IllegalArgumentException("Not a CBS wijk or buurt code: " + code);
		}
	}

	public static boolean isValid(String code) {
		String normal = code.strip().toUpperCase(Locale.ROOT);
		return isDistrict(normal) || isNeighbourhood(normal);
	}

	public static boolean isNeighbourhood(String code) {
		return NEIGHBOURHOOD.matcher(code).matches();
	}

	private static boolean isDistrict(String code) {
		return DISTRICT.matcher(code).matches();
	}

	public boolean isWijk() {
		return isDistrict(code);
	}

	public String municipalityCode() {
		return municipalityOf(code);
	}

	/** The gemeente code of a wijk or buurt code. */
	public static String municipalityOf(String areaCode) {
		return "GM" + areaCode.substring(2, 6);
	}

	/** Whether a resident of this buurt lives in the area. */
	public boolean contains(String neighbourhoodCode) {
		String buurt = neighbourhoodCode.strip().toUpperCase(Locale.ROOT);
		if (!isNeighbourhood(buurt)) {
			return false;
		}
		return isWijk() ? buurt.substring(2, 8).equals(code.substring(2)) : buurt.equals(code);
	}

	@Override
	public String toString() {
		return code;
	}

}
