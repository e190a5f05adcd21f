// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Comments, progress reports and follows around projects.
 */
@Component
class Conversations {

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void comment(ProjectId project, AccountId author, String authorName, String text, Instant now) {
		jdbc.sql("""
				INSERT INTO budgeting_comment (project_id, author_id, author_name, text, posted_at)
				VALUES (:project, :author, :name, :text, :now)""")
			.param("project", project.value())
			.param("author", author.value())
			.param("name", authorName)
			.param("text", text)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Comment> comments(ProjectId project) {
		return jdbc.sql("SELECT * FROM budgeting_comment WHERE project_id = :project ORDER BY posted_at, id")
			.param("project", project.value())
			.query(Comment.class)
			.list();
	}

	Optional<Comment> comment(long id) {
		return jdbc.sql("SELECT * FROM budgeting_comment WHERE id = :id").param("id", id).query(Comment.class).optional();
	}

	void hide(long comment, AccountId official, String reason, Instant now) {
		jdbc.sql("""
				UPDATE budgeting_comment SET hidden_at = :now, hidden_by = :by, hidden_reason = :reason
				WHERE id = :id""")
			.param("now", Timestamp.from(now))
			.param("by", official.value())
			.param("reason", reason)
			.param("id", comment)
			.update();
	}

	void report(ProjectId project, ExecutionStatus status, String text, @Nullable UUID photo, AccountId official,
			Instant now) {
		jdbc.sql("""
				INSERT INTO budgeting_progress (project_id, status, text, photo_id, posted_by, posted_at)
				VALUES (:project, :status, :text, :photo, :by, :now)""")
			.param("project", project.value())
			.param("status", status.name())
			.param("text", text)
			.param("photo", photo)
			.param("by", official.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	List<ProgressReport> reports(ProjectId project) {
		return jdbc.sql("""
				SELECT id, project_id, status, text, photo_id, posted_at FROM budgeting_progress
				WHERE project_id = :project ORDER BY posted_at DESC, id DESC""")
			.param("project", project.value())
			.query(ProgressReport.class)
			.list();
	}

	void follow(ProjectId project, AccountId account, boolean follow) {
		String sql = follow
				? "INSERT INTO budgeting_follow (project_id, account_id) VALUES (:project, :account) ON CONFLICT DO NOTHING"
				: "DELETE FROM budgeting_follow WHERE project_id = :project AND account_id = :account";
		jdbc.sql(sql).param("project", project.value()).param("account", account.value()).update();
	}

	boolean follows(ProjectId project, AccountId account) {
		return jdbc.sql("SELECT count(*) FROM budgeting_follow WHERE project_id = :project AND account_id = :account")
			.param("project", project.value())
			.param("account", account.value())
			.query(Integer.class)
			.single() > 0;
	}

	List<UUID> followedBy(AccountId account) {
		return jdbc.sql("SELECT project_id FROM budgeting_follow WHERE account_id = :account")
			.param("account", account.value())
			.query(UUID.class)
			.list();
	}

	List<Comment> commentsBy(AccountId account) {
		return jdbc.sql("SELECT * FROM budgeting_comment WHERE author_id = :account ORDER BY posted_at")
			.param("account", account.value())
			.query(Comment.class)
			.list();
	}

	/** The author deleted their account: comments stay, without name or id. */
	void forgetAuthor(AccountId account) {
		jdbc.sql("UPDATE budgeting_comment SET author_id = NULL, author_name = NULL WHERE author_id = :account")
			.param("account", account.value())
			.update();
		jdbc.sql("DELETE FROM budgeting_follow WHERE account_id = :account").param("account", account.value()).update();
	}

}
