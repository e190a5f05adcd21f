// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * A round entered a new phase, by date or by hand.
 */
public record PhaseStarted(RoundId round, Phase phase) {
}
