// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.Optional;

/**
 * The phases of a round, in order. A round moves forward only, by date or by an official.
 */
public enum Phase {

	/** Announced; ideas cannot be submitted yet. */
	PLANNED,
	/** Residents submit ideas. */
	IDEAS,
	/** Officials check feasibility and cost. */
	REVIEW,
	/** Verified residents vote. */
	VOTING,
	/** Voting has closed; the result is computed and published. */
	RESULTS,
	/** The winning projects are carried out. */
	EXECUTION;

	public Optional<Phase> next() {
		return this == EXECUTION ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public boolean isBefore(Phase other) {
		return ordinal() < other.ordinal();
	}

	public boolean isAtLeast(Phase other) {
		return ordinal() >= other.ordinal();
	}

}
