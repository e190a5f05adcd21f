// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits background jobs and reads their state. Everything lives in PostgreSQL, so any instance may
 * run a job and any instance may report on it.
 */
@Service
public class BackgroundJobs {

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {
	};

	private static final TypeReference<List<InputError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	BackgroundJobs(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Queues a job; a runner on any instance picks it up within the poll interval.
	 */
	@Transactional
	public JobId submit(String kind, String title, Map<String, String> parameters, @Nullable JobPayload payload,
			@Nullable String submittedBy) {
		JobId id = JobId.random();
		jdbc.sql("""
				INSERT INTO system_job (id, kind, state, title, parameters, submitted_by, created_at)
				VALUES (:id, :kind, 'QUEUED', :title, CAST(:parameters AS jsonb), :submittedBy, :now)""")
			.param("id", id.value())
			.param("kind", kind)
			.param("title", title)
			.param("parameters", json.writeValueAsString(parameters))
			.param("submittedBy", submittedBy)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (payload != null) {
			jdbc.sql("INSERT INTO system_job_payload (job_id, file_name, content) VALUES (:id, :name, :content)")
				.param("id", id.value())
				.param("name", payload.fileName())
				.param("content", payload.content())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Job> find(JobId id) {
		return jdbc.sql("SELECT * FROM system_job WHERE id = :id").param("id", id.value()).query(this::map).optional();
	}

	/** The most recent jobs of some kinds, newest first. */
	@Transactional(readOnly = true)
	public List<Job> recent(List<String> kinds, int limit) {
		return jdbc.sql("SELECT * FROM system_job WHERE kind IN (:kinds) ORDER BY created_at DESC LIMIT :limit")
			.param("kinds", kinds)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	Optional<JobPayload> payload(JobId id) {
		return jdbc.sql("SELECT file_name, content FROM system_job_payload WHERE job_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new JobPayload(rs.getString("file_name"), rs.getBytes("content")))
			.optional();
	}

	private Job map(ResultSet rs, int row) throws SQLException {
		String summary = rs.getString("summary");
		String errors = rs.getString("errors");
		return new Job(new JobId(rs.getObject("id", java.util.UUID.class)), rs.getString("kind"),
				JobState.valueOf(rs.getString("state")), rs.getString("title"),
				json.readValue(rs.getString("parameters"), PARAMETERS), rs.getLong("progress_done"),
				rs.getLong("progress_total"), rs.getString("progress_step"),
				summary == null ? Map.of() : json.readValue(summary, SUMMARY),
				errors == null ? List.of() : json.readValue(errors, ERRORS), rs.getString("submitted_by"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
