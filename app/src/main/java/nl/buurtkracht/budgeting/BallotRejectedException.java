// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * A ballot (or an attempt to vote) was refused; nothing was stored. The problems say why.
 */
public class BallotRejectedException extends RuntimeException {

	private final List<BallotProblem> problems;

	public BallotRejectedException(List<BallotProblem> problems) {
		super(problems.isEmpty() ? "ballot rejected" : problems.get(0).key());
		this.problems = List.copyOf(problems);
	}

	public BallotRejectedException(BallotProblem problem) {
		this(List.of(problem));
	}

	public List<BallotProblem> problems() {
		return problems;
	}

}
