// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * Why a ballot cannot be accepted, as a message key of the {@code budgeting.ballot.error} family with
 * its arguments, so that pages explain it in the voter's language.
 */
public record BallotProblem(String key, List<Object> arguments) {

	public BallotProblem {
		arguments = List.copyOf(arguments);
	}

	static BallotProblem of(String key, Object... arguments) {
		return new BallotProblem("budgeting.ballot.error." + key, List.of(arguments));
	}

}
