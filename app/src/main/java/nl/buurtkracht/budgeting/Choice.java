// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * One project on a ballot, by its number in the round, with the points given (1 for approval and
 * knapsack ballots).
 */
public record Choice(int projectNumber, int points) implements Comparable<Choice> {

	public static Choice approve(int projectNumber) {
		return new Choice(projectNumber, 1);
	}

	@Override
	public int compareTo(Choice other) {
		return Integer.compare(projectNumber, other.projectNumber);
	}

}
