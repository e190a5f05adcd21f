// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computed outcomes and the open-data files they were computed from.
 */
@Component
class Outcomes {

	private static final TypeReference<List<ProjectTally>> TALLY = new TypeReference<>() {
	};

	private static final TypeReference<Explained> EXPLAINED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outcomes(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores (or replaces, after a recount) a round's outcome with its Pabulib file. */
	void save(StoredOutcome outcome, byte[] pabulibFile) {
		jdbc.sql("""
				INSERT INTO budgeting_outcome (round_id, rule, ballot_count, total_cost, selected, tally, explanation,
				                               pb_file, pb_sha256, compute_millis, computed_at)
				VALUES (:round, :rule, :ballots, :cost, CAST(:selected AS INT[]), CAST(:tally AS jsonb),
				        CAST(:explanation AS jsonb), :file, :sha, :millis, :at)
				ON CONFLICT (round_id) DO UPDATE SET rule = EXCLUDED.rule, ballot_count = EXCLUDED.ballot_count,
				    total_cost = EXCLUDED.total_cost, selected = EXCLUDED.selected, tally = EXCLUDED.tally,
				    explanation = EXCLUDED.explanation, pb_file = EXCLUDED.pb_file, pb_sha256 = EXCLUDED.pb_sha256,
				    compute_millis = EXCLUDED.compute_millis, computed_at = EXCLUDED.computed_at""")
			.param("round", outcome.round().value())
			.param("rule", outcome.rule())
			.param("ballots", outcome.ballotCount())
			.param("cost", outcome.totalCostCents())
			.param("selected", outcome.winners().stream().map(p -> String.valueOf(p.number()))
				.collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.param("tally", json.writeValueAsString(outcome.tally()))
			.param("explanation", json.writeValueAsString(new Explained(outcome.budgetCents(),
					outcome.budgetPerVoterCents(), outcome.verdicts())))
			.param("file", pabulibFile)
			.param("sha", outcome.pbSha256())
			.param("millis", outcome.computeMillis())
			.param("at", Timestamp.from(outcome.computedAt()))
			.update();
	}

	Optional<StoredOutcome> find(RoundId round) {
		return jdbc.sql("""
				SELECT round_id, rule, ballot_count, total_cost, tally, explanation, pb_sha256, compute_millis, computed_at
				FROM budgeting_outcome WHERE round_id = :round""")
			.param("round", round.value())
			.query(this::map)
			.optional();
	}

	Optional<byte[]> pabulibFile(RoundId round) {
		return jdbc.sql("SELECT pb_file FROM budgeting_outcome WHERE round_id = :round")
			.param("round", round.value())
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private StoredOutcome map(ResultSet rs, int row) throws SQLException {
		Explained explained = json.readValue(rs.getString("explanation"), EXPLAINED);
		return new StoredOutcome(new RoundId(rs.getObject("round_id", UUID.class)), rs.getString("rule"),
				rs.getInt("ballot_count"), rs.getLong("total_cost"), explained.budgetCents(),
				json.readValue(rs.getString("tally"), TALLY), explained.verdicts(), explained.budgetPerVoterCents(),
				rs.getString("pb_sha256"), rs.getLong("compute_millis"), rs.getTimestamp("computed_at").toInstant());
	}

	/** The explanation column: the numbers that belong to the whole count, and the verdicts per project. */
	record Explained(long budgetCents, long budgetPerVoterCents, List<Verdict> verdicts) {
	}

}
