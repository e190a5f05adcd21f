// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Prepares the database of the application under test: a round in the voting phase with ten feasible projects
 * and {@code n} verified residents who can log in with a cheap password hash (so that logging in does not
 * dominate the measurement), and afterwards counts what reached the ballot box.
 */
final class VoterRoll {

	static final String PASSWORD = "load-test-password";

	static final String BUURT = "BU09990001";

	private final String url;

	private final String user;

	private final String password;

	VoterRoll(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** Creates the round and the voters; returns the round id. Voters are {@code load-<run>-<i>@load.test}. */
	UUID prepare(String run, int voters) throws SQLException {
		UUID round = UUID.randomUUID();
		try (Connection db = connect()) {
			db.setAutoCommit(false);
			execute(db, """
					INSERT INTO budgeting_round (id, version, municipality_code, area_code, title, description, amount_cents,
					  phase, ideas_from, review_from, voting_from, results_from, execution_from, minimum_age, vote_type,
					  min_projects, max_projects, points, rule, goals, project_count, created_at)
					VALUES (?, 1, 'GM0999', 'WK099900', 'Load test ' || ?, 'Load test', 10000000, 'VOTING',
					  now() - interval '3 days', now() - interval '2 days', now() - interval '1 day',
					  now() + interval '1 day', now() + interval '2 days', 16, 'KNAPSACK', 1, 2147483647, 0,
					  'mes_cost_add1_then_greedy', '', 10, now())""", round, run);
			execute(db, """
					INSERT INTO budgeting_project (id, version, round_id, number, title, description, estimated_cost_cents,
					  cost_cents, status, proposed_at)
					SELECT gen_random_uuid(), 1, ?, g, 'Project ' || g, 'Load test project', g * 200000, g * 200000,
					  'FEASIBLE', now()
					FROM generate_series(1, 10) g""", round);
			execute(db, """
					INSERT INTO account_user (id, version, email, display_name, password_hash, enabled, created_at)
					SELECT gen_random_uuid(), 0, 'load-' || ? || '-' || g || '@load.test', 'Load ' || g,
					  '{noop}' || ?, true, now()
					FROM generate_series(1, ?) g""", run, PASSWORD, voters);
			execute(db, """
					INSERT INTO account_role (account_user, role)
					SELECT id, 'RESIDENT' FROM account_user WHERE email LIKE 'load-' || ? || '-%'""", run);
			execute(db, """
					INSERT INTO budgeting_residence (id, account_id, neighbourhood_code, method, birth_date, verified_at)
					SELECT gen_random_uuid(), id, ?, 'IN_PERSON', DATE '1980-01-01', now()
					FROM account_user WHERE email LIKE 'load-' || ? || '-%'""", BUURT, run);
			db.commit();
		}
		return round;
	}

	/**
	 * Puts {@code ballots} random ballots of 1 to 3 projects (numbers 1–10, always within the budget) in the box of
	 * a round, with as many voter markers, as if that many residents had voted.
	 */
	void fillBallotBox(UUID round, int ballots) throws SQLException {
		try (Connection db = connect()) {
			db.setAutoCommit(false);
			execute(db, """
					INSERT INTO budgeting_ballot (id, round_id, receipt_hash, project_numbers, points)
					SELECT gen_random_uuid(), ?, md5(random()::text || g), ARRAY(
					         SELECT DISTINCT 1 + floor(random() * 10)::int FROM generate_series(1, 1 + g % 3) s ORDER BY 1),
					       '{}'::int[]
					FROM generate_series(1, ?) g""", round, ballots);
			execute(db, """
					INSERT INTO budgeting_voter (round_id, residence_id, channel)
					SELECT ?, gen_random_uuid(), 'ONLINE' FROM generate_series(1, ?)""", round, ballots);
			db.commit();
		}
	}

	/** An official of the round's gemeente ({@code GM0999}) who logs in with {@link #PASSWORD}; returns the e-mail. */
	String official(String run) throws SQLException {
		String email = "load-official-" + run + "@load.test";
		try (Connection db = connect()) {
			db.setAutoCommit(false);
			UUID id = UUID.randomUUID();
			execute(db, """
					INSERT INTO account_user (id, version, email, display_name, password_hash, municipality_code, enabled,
					  created_at)
					VALUES (?, 0, ?, 'Load official', '{noop}' || ?, 'GM0999', true, now())""", id, email, PASSWORD);
			execute(db, "INSERT INTO account_role (account_user, role) VALUES (?, 'OFFICIAL')", id);
			db.commit();
		}
		return email;
	}

	/** Waits until the round's outcome is stored; returns the engine's compute time in milliseconds. */
	long awaitOutcome(UUID round, Duration timeout) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection db = connect();
				PreparedStatement statement = db.prepareStatement(
						"SELECT compute_millis FROM budgeting_outcome WHERE round_id = ?")) {
			statement.setObject(1, round);
			while (System.nanoTime() < deadline) {
				try (ResultSet result = statement.executeQuery()) {
					if (result.next()) {
						return result.getLong(1);
					}
				}
				Thread.sleep(20);
			}
		}
		throw new IllegalStateException("No outcome for round " + round + " within " + timeout);
	}

	/** Ballots in the box, voters on the roll, and voters with more than one marker (must be 0). */
	long[] count(UUID round) throws SQLException {
		try (Connection db = connect(); PreparedStatement statement = db.prepareStatement("""
				SELECT (SELECT count(*) FROM budgeting_ballot WHERE round_id = ?),
				       (SELECT count(*) FROM budgeting_voter WHERE round_id = ?),
				       (SELECT count(*) FROM (SELECT residence_id FROM budgeting_voter WHERE round_id = ?
				                              GROUP BY residence_id HAVING count(*) > 1) duplicates)""")) {
			statement.setObject(1, round);
			statement.setObject(2, round);
			statement.setObject(3, round);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return new long[] { result.getLong(1), result.getLong(2), result.getLong(3) };
			}
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

}
