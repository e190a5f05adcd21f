// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;

/**
 * One published value of an area in a year.
 *
 * @param heading the column heading as the file that delivered the value wrote it
 */
public record Figure(FigureLabel label, String heading, BigDecimal value) {

	/**
	 * The heading for people: an R export's {@code Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.}
	 * becomes {@code Wonen Gemiddelde WOZ waarde van woningen x 1 000 euro}; other headings stay as they are.
	 */
	public String readableHeading() {
		if (heading.indexOf(' ') >= 0) {
			return heading;
		}
		return heading.replace('.', ' ').replaceAll(" +", " ").strip();
	}

}
