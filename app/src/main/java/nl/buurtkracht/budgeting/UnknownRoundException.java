// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * No round or project with this id; pages answer 404.
 */
public class UnknownRoundException extends RuntimeException {

	public UnknownRoundException(Object id) {
		super("No buurtbudget round or project " + id);
	}

}
