// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotSheetTests {

	private static final RoundId ROUND = RoundId.random();

	private static BallotSheet sheet(BallotRules rules) {
		return new BallotSheet(ROUND, rules, Amount.ofEuros(10_000),
				List.of(entry(1, 6_000), entry(2, 3_000), entry(3, 2_000)));
	}

	private static BallotSheet.Entry entry(int number, long euros) {
		return new BallotSheet.Entry(number, ProjectId.random(), "Plan " + number, Amount.ofEuros(euros));
	}

	private static List<String> keys(List<BallotProblem> problems) {
		return problems.stream().map(BallotProblem::key).toList();
	}

	@Test
	void acceptsAKnapsackBallotWithinTheBudget() {
		assertThat(sheet(BallotRules.knapsack()).problems(List.of(Choice.approve(1), Choice.approve(2)))).isEmpty();
	}

	@Test
	void rejectsAKnapsackBallotOverTheBudget() {
		assertThat(keys(sheet(BallotRules.knapsack()).problems(List.of(Choice.approve(1), Choice.approve(2),
				Choice.approve(3))))).containsExactly("budgeting.ballot.error.overBudget");
	}

	@Test
	void rejectsAnEmptyBallot() {
		assertThat(keys(sheet(BallotRules.knapsack()).problems(List.of()))).containsExactly("budgeting.ballot.error.empty");
	}

	@Test
	void enforcesTheMinimumAndMaximumOfAnApprovalBallot() {
		BallotSheet sheet = sheet(BallotRules.approval(2, 2));

		assertThat(keys(sheet.problems(List.of(Choice.approve(1))))).containsExactly("budgeting.ballot.error.tooFew");
		assertThat(keys(sheet.problems(List.of(Choice.approve(1), Choice.approve(2), Choice.approve(3)))))
			.containsExactly("budgeting.ballot.error.tooMany");
		assertThat(sheet.problems(List.of(Choice.approve(1), Choice.approve(3)))).isEmpty();
	}

	@Test
	void rejectsProjectsThatAreNotOnTheBallot() {
		assertThat(keys(sheet(BallotRules.knapsack()).problems(List.of(Choice.approve(9)))))
			.containsExactly("budgeting.ballot.error.unknownProject");
	}

	@Test
	void rejectsTheSameProjectTwice() {
		assertThat(keys(sheet(BallotRules.approval(1, 3)).problems(List.of(Choice.approve(1), Choice.approve(1)))))
			.contains("budgeting.ballot.error.duplicate");
	}

	@Test
	void limitsThePointsOfACumulativeBallot() {
		BallotSheet sheet = sheet(BallotRules.cumulative(10));

		assertThat(sheet.problems(List.of(new Choice(1, 7), new Choice(2, 3)))).isEmpty();
		assertThat(keys(sheet.problems(List.of(new Choice(1, 7), new Choice(2, 4)))))
			.containsExactly("budgeting.ballot.error.tooManyPoints");
		assertThat(keys(sheet.problems(List.of(new Choice(1, -1), new Choice(2, 4)))))
			.contains("budgeting.ballot.error.pointsPositive");
	}

	@Test
	void submitsABallotThatKeepsOnlyTheReceiptHash() {
		SecretCode receipt = SecretCode.generate(20);

		Ballot ballot = Ballot.submit(sheet(BallotRules.knapsack()), List.of(Choice.approve(3), Choice.approve(1)),
				receipt);

		assertThat(ballot.receiptHash()).isEqualTo(receipt.hash()).doesNotContain(receipt.plain());
		assertThat(ballot.choices()).containsExactly(Choice.approve(1), Choice.approve(3));
	}

	@Test
	void changesABallotOnlyIntoAnotherValidOne() {
		BallotSheet sheet = sheet(BallotRules.knapsack());
		Ballot ballot = Ballot.submit(sheet, List.of(Choice.approve(1)), SecretCode.generate(20));

		Ballot changed = ballot.change(sheet, List.of(Choice.approve(2), Choice.approve(3)));

		assertThat(changed.id()).isEqualTo(ballot.id());
		assertThat(changed.choices()).extracting(Choice::projectNumber).containsExactly(2, 3);
		assertThatThrownBy(() -> ballot.change(sheet, List.of(Choice.approve(1), Choice.approve(2), Choice.approve(3))))
			.isInstanceOf(BallotRejectedException.class);
	}

	@Test
	void computesTheCostOfTheChoices() {
		assertThat(sheet(BallotRules.knapsack()).cost(List.of(Choice.approve(2), Choice.approve(3))))
			.isEqualTo(Amount.ofEuros(5_000));
	}

}
