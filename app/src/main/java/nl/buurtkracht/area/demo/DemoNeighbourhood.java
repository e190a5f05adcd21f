// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

/**
 * One buurt of Demodorp and what its figures are made from.
 *
 * @param suffix the last two characters of its code
 * @param district index of its wijk in {@link Demodorp#DISTRICTS}
 * @param column first grid column of its rectangle (west to east)
 * @param row grid row (0 is the south)
 * @param width grid columns it covers
 * @param inhabitants inhabitants in the newest demo year, a multiple of 5 as CBS rounds buurten
 * @param ages share of the five age groups in percent, summing to 100
 * @param wozValue average WOZ value in thousands of euros
 * @param lowIncome percentage of households with a low income
 * @param socialHousing percentage of dwellings owned by a housing corporation
 */
record DemoNeighbourhood(String suffix, String name, int district, int column, int row, int width, int inhabitants,
		int[] ages, int wozValue, double lowIncome, int socialHousing) {

	/** CBS suppresses person-based figures of very small buurten; Demodorp does too. */
	boolean isSmall() {
		return inhabitants < 100;
	}

}
