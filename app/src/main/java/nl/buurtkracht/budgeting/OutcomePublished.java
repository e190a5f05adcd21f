// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * The outcome of a round was computed and is public now.
 */
public record OutcomePublished(RoundId round, int ballots, long totalCostCents) {
}
