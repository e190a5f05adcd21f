// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ballot of a round as voters see it: the feasible projects with their costs and the rules a ballot
 * must follow. It is fixed once voting starts.
 */
public record BallotSheet(RoundId round, BallotRules rules, Amount budget, List<Entry> projects) {

	/** A project on the ballot. */
	public record Entry(int number, ProjectId id, String title, Amount cost) {
	}

	public BallotSheet {
		projects = List.copyOf(projects);
	}

	/** The sheet of a round with its feasible projects. */
	static BallotSheet of(BudgetRound round, List<Project> candidates) {
		return new BallotSheet(round.roundId(), round.ballotRules(), round.amount(), candidates.stream()
			.filter(Project::isOnBallot)
			.map(project -> new Entry(project.number(), project.projectId(), project.title(), project.cost()))
			.toList());
	}

	/** The choices in project order, or the problems that make them invalid. */
	SortedSet<Choice> check(Collection<Choice> choices) {
		List<BallotProblem> problems = problems(choices);
		if (!problems.isEmpty()) {
			throw new BallotRejectedException(problems);
		}
		return new TreeSet<>(choices);
	}

	/** Everything wrong with these choices; empty for a valid ballot. */
	public List<BallotProblem> problems(Collection<Choice> choices) {
		Map<Integer, Entry> byNumber = projects.stream().collect(Collectors.toMap(Entry::number, Function.identity()));
		List<BallotProblem> problems = new ArrayList<>();
		if (choices.stream().map(Choice::projectNumber).distinct().count() != choices.size()) {
			problems.add(BallotProblem.of("duplicate"));
		}
		if (choices.stream().anyMatch(choice -> !byNumber.containsKey(choice.projectNumber()))) {
			problems.add(BallotProblem.of("unknownProject"));
			return problems;
		}
		switch (rules.voteType()) {
			case APPROVAL -> checkCount(choices, problems);
			case KNAPSACK -> checkCost(choices, byNumber, problems);
			case CUMULATIVE -> checkPoints(choices, problems);
		}
		return problems;
	}

	private void checkCount(Collection<Choice> choices, List<BallotProblem> problems) {
		if (choices.size() < rules.minProjects()) {
			problems.add(BallotProblem.of("tooFew", rules.minProjects()));
		}
		if (choices.size() > rules.maxProjects()) {
			problems.add(BallotProblem.of("tooMany", rules.maxProjects()));
		}
	}

	private void checkCost(Collection<Choice> choices, Map<Integer, Entry> byNumber, List<BallotProblem> problems) {
		if (choices.isEmpty()) {
			problems.add(BallotProblem.of("empty"));
		}
		Amount total = cost(choices, byNumber);
		if (total.exceeds(budget)) {
			problems.add(BallotProblem.of("overBudget"));
		}
	}

	private void checkPoints(Collection<Choice> choices, List<BallotProblem> problems) {
		if (choices.stream().anyMatch(choice -> choice.points() < 1)) {
			problems.add(BallotProblem.of("pointsPositive"));
		}
		int total = choices.stream().mapToInt(Choice::points).sum();
		if (choices.isEmpty() || total < 1) {
			problems.add(BallotProblem.of("empty"));
		}
		if (total > rules.points()) {
			problems.add(BallotProblem.of("tooManyPoints", total, rules.points()));
		}
	}

	/** The total cost of the chosen projects. */
	public Amount cost(Collection<Choice> choices) {
		return cost(choices, projects.stream().collect(Collectors.toMap(Entry::number, Function.identity())));
	}

	private static Amount cost(Collection<Choice> choices, Map<Integer, Entry> byNumber) {
		return choices.stream()
			.map(choice -> byNumber.get(choice.projectNumber()))
			.filter(entry -> entry != null)
			.map(Entry::cost)
			.reduce(Amount.ZERO, Amount::plus);
	}

}
