// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of account changes: who did what to which account, when. Ids only, no e-mail.
 */
@Component
class AccountAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(@Nullable AccountId actor, @Nullable AccountId subject, String action, String details) {
		jdbc.sql("""
				INSERT INTO account_audit (at, actor_id, subject_id, action, details)
				VALUES (:at, :actor, :subject, :action, :details)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor == null ? null : actor.value())
			.param("subject", subject == null ? null : subject.value())
			.param("action", action)
			.param("details", details)
			.update();
	}

	List<Entry> about(AccountId subject) {
		return jdbc.sql("SELECT * FROM account_audit WHERE subject_id = :subject ORDER BY at DESC, id DESC")
			.param("subject", subject.value())
			.query(Entry.class)
			.list();
	}

	List<Entry> latest(int limit) {
		return jdbc.sql("SELECT * FROM account_audit ORDER BY at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(Entry.class)
			.list();
	}

	/** One line of the audit trail. */
	record Entry(Instant at, @Nullable UUID actorId, @Nullable UUID subjectId, String action, String details) {
	}

}
