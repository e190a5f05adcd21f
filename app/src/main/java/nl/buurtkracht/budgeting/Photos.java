// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos, stored in PostgreSQL so that every instance can serve them.
 */
@Component
class Photos {

	private final JdbcClient jdbc;

	Photos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(Photo photo, AccountId uploader, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO budgeting_photo (id, content_type, content, width, height, uploaded_by, uploaded_at)
				VALUES (:id, :type, :content, :width, :height, :by, :now)""")
			.param("id", id)
			.param("type", photo.contentType())
			.param("content", photo.content())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("by", uploader.value())
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	Optional<Photo> find(UUID id) {
		return jdbc.sql("SELECT content_type, content, width, height FROM budgeting_photo WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

}
