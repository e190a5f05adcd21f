// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ballot box: what was voted, without who. Plain SQL, because this is the hot path under load.
 */
@Component
class Ballots {

	private final JdbcClient jdbc;

	Ballots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Ballot ballot) {
		jdbc.sql("""
				INSERT INTO budgeting_ballot (id, round_id, receipt_hash, project_numbers, points)
				VALUES (:id, :round, :receipt, CAST(:numbers AS INT[]), CAST(:points AS INT[]))""")
			.param("id", ballot.id())
			.param("round", ballot.round().value())
			.param("receipt", ballot.receiptHash())
			.param("numbers", array(ballot.choices().stream().map(Choice::projectNumber).toList()))
			.param("points", array(ballot.choices().stream().map(Choice::points).toList()))
			.update();
	}

	void replace(Ballot ballot) {
		jdbc.sql("""
				UPDATE budgeting_ballot SET project_numbers = CAST(:numbers AS INT[]), points = CAST(:points AS INT[])
				WHERE id = :id AND receipt_hash = :receipt""")
			.param("id", ballot.id())
			.param("receipt", ballot.receiptHash())
			.param("numbers", array(ballot.choices().stream().map(Choice::projectNumber).toList()))
			.param("points", array(ballot.choices().stream().map(Choice::points).toList()))
			.update();
	}

	Optional<Ballot> findByReceipt(RoundId round, SecretCode receipt) {
		return jdbc.sql("SELECT * FROM budgeting_ballot WHERE round_id = :round AND receipt_hash = :receipt")
			.param("round", round.value())
			.param("receipt", receipt.hash())
			.query(Ballots::map)
			.optional();
	}

	int count(RoundId round) {
		return jdbc.sql("SELECT count(*) FROM budgeting_ballot WHERE round_id = :round")
			.param("round", round.value())
			.query(Integer.class)
			.single();
	}

	/** Every ballot of a round, in the order of their random ids: an order that says nothing about time. */
	void forEach(RoundId round, Consumer<Ballot> consumer) {
		jdbc.sql("SELECT * FROM budgeting_ballot WHERE round_id = :round ORDER BY id")
			.param("round", round.value())
			.withFetchSize(5000)
			.query(Ballots::map)
			.stream()
			.forEach(consumer);
	}

	private static Ballot map(ResultSet rs, int row) throws SQLException {
		Integer[] numbers = ints(rs.getArray("project_numbers"));
		Integer[] points = ints(rs.getArray("points"));
		List<Choice> choices = new ArrayList<>(numbers.length);
		for (int i = 0; i < numbers.length; i++) {
			choices.add(new Choice(numbers[i], points.length > i ? points[i] : 1));
		}
		return new Ballot(rs.getObject("id", UUID.class), new RoundId(rs.getObject("round_id", UUID.class)),
				rs.getString("receipt_hash"), choices);
	}

	private static Integer[] ints(Array array) throws SQLException {
		return array == null ? new Integer[0] : (Integer[]) array.getArray();
	}

	private static String array(List<Integer> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
