// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * The votes for one project and whether it won.
 *
 * @param votes the ballots that chose the project
 * @param points the points it got (cumulative ballots), else equal to {@code votes}
 */
public record ProjectTally(int number, String title, long costCents, long votes, long points, boolean selected) {
}
