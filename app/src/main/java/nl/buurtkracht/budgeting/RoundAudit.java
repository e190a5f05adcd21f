// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.buurtkracht.account.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a round: every change, by whom (an account id, or the system for changes by date)
 * and when.
 */
@Component
class RoundAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	RoundAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(RoundId round, @Nullable AccountId actor, String action, String details) {
		jdbc.sql("""
				INSERT INTO budgeting_audit (round_id, at, actor_id, action, details)
				VALUES (:round, :at, :actor, :action, :details)""")
			.param("round", round.value())
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor == null ? null : actor.value())
			.param("action", action)
			.param("details", details)
			.update();
	}

	void recordAll(RoundId round, @Nullable AccountId actor, String action, List<String> changes) {
		changes.forEach(change -> record(round, actor, action, change));
	}

	List<AuditEntry> of(RoundId round) {
		return jdbc.sql("SELECT at, actor_id, action, details FROM budgeting_audit WHERE round_id = :round ORDER BY at DESC, id DESC")
			.param("round", round.value())
			.query(AuditEntry.class)
			.list();
	}

}
