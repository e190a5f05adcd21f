// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * How many residents voted, per channel, and how many ballots are in the box.
 */
public record Turnout(int online, int paper, int ballots) {

	public int voters() {
		return online + paper;
	}

}
