// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import java.util.Optional;

import nl.buurtkracht.monitor.index.Domain;

/**
 * What a field note is about: the five domains of the index, plus the energy transition, the
 * Omgevingswet and anything else.
 */
public enum NoteTheme {

	INCOME(Domain.INCOME), WORK(Domain.WORK), DEBTS(Domain.DEBTS), HEALTH(Domain.HEALTH), HOUSING(Domain.HOUSING),
	ENERGY_TRANSITION(null), ENVIRONMENT_AND_PLANNING_ACT(null), OTHER(null);

	private final Domain domain;

	NoteTheme(Domain domain) {
		this.domain = domain;
	}

	/** The index domain this theme is, if it is one. */
	public Optional<Domain> domain() {
		return Optional.ofNullable(domain);
	}

}
