// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three levels of the CBS area hierarchy: gemeente, wijk and buurt.
 */
public enum AreaLevel {

	MUNICIPALITY("GM", "Gemeente"), DISTRICT("WK", "Wijk"), NEIGHBOURHOOD("BU", "Buurt");

	private final String prefix;

	private final String cbsRegionType;

	AreaLevel(String prefix, String cbsRegionType) {
		this.prefix = prefix;
		this.cbsRegionType = cbsRegionType;
	}

	/** The first two letters of every code at this level, for example {@code GM}. */
	public String prefix() {
		return prefix;
	}

	/** How the CBS column "Soort regio" names this level. */
	public String cbsRegionType() {
		return cbsRegionType;
	}

	/** The Dutch word in running text, for the importer's messages: gemeente, wijk, buurt. */
	public String dutchWord() {
		return cbsRegionType.toLowerCase(Locale.ROOT);
	}

	public static Optional<AreaLevel> ofCbsRegionType(String regionType) {
		return Arrays.stream(values()).filter(level -> level.cbsRegionType.equalsIgnoreCase(regionType)).findFirst();
	}

}
