// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Voting in a round closed; its outcome is computed next.
 */
public record VotingClosed(RoundId round) {
}
