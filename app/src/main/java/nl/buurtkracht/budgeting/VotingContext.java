// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * What the ballot box needs to know about a round in the voting phase. It does not change while the vote
 * is open, so it can be kept in memory; the phase itself is read fresh for every ballot.
 */
record VotingContext(RoundArea area, int minimumAge, BallotSheet sheet) {
}
