// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.system.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Stores field notes.
 */
@Repository
public class FieldNotes {

	private final JdbcClient jdbc;

	FieldNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(FieldNote note) {
		jdbc.sql("""
				INSERT INTO monitor_field_note (id, municipality_code, area_code, area_name, kind, noted_on, themes,
				       summary, follow_up, author_id, author_role, created_at, updated_at)
				VALUES (:id, :municipality, :area, :areaName, :kind, :notedOn, CAST(:themes AS text[]), :summary,
				        :followUp, :authorId, :authorRole, :createdAt, :updatedAt)
				ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, noted_on = excluded.noted_on,
				       themes = excluded.themes, summary = excluded.summary, follow_up = excluded.follow_up,
				       updated_at = excluded.updated_at""")
			.param("id", note.id())
			.param("municipality", note.municipality().value())
			.param("area", note.area().value())
			.param("areaName", note.areaName())
			.param("kind", note.kind().name())
			.param("notedOn", Date.valueOf(note.notedOn()))
			.param("themes", new SqlArrayValue("text", note.themes().stream().map(Enum::name).toArray()))
			.param("summary", note.summary())
			.param("followUp", note.followUp())
			.param("authorId", note.authorId())
			.param("authorRole", note.authorRole())
			.param("createdAt", Timestamp.from(note.createdAt()))
			.param("updatedAt", Timestamp.from(note.updatedAt()))
			.update();
	}

	public Optional<FieldNote> find(UUID id) {
		return jdbc.sql("SELECT * FROM monitor_field_note WHERE id = :id").param("id", id).query(FieldNotes::map).optional();
	}

	public void delete(UUID id) {
		jdbc.sql("DELETE FROM monitor_field_note WHERE id = :id").param("id", id).update();
	}

	/** The newest notes on one area. */
	public List<FieldNote> about(AreaCode area, int limit) {
		return jdbc.sql("""
				SELECT * FROM monitor_field_note WHERE area_code = :area
				ORDER BY noted_on DESC, created_at DESC LIMIT :limit""")
			.param("area", area.value())
			.param("limit", limit)
			.query(FieldNotes::map)
			.list();
	}

	public long countAbout(AreaCode area) {
		return jdbc.sql("SELECT count(*) FROM monitor_field_note WHERE area_code = :area")
			.param("area", area.value())
			.query(Long.class)
			.single();
	}

	/** Notes of a gemeente that match the filter, newest first. */
	public Page<FieldNote> search(NoteFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE municipality_code = :municipality");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("municipality", filter.municipality().value());
		if (filter.theme() != null) {
			where.append(" AND :theme = ANY (themes)");
			parameters.put("theme", filter.theme().name());
		}
		if (filter.area() != null) {
			where.append(" AND (area_code = :area OR area_code LIKE :children)");
			parameters.put("area", filter.area().value());
			parameters.put("children", "BU" + filter.area().value().substring(2) + "%");
		}
		if (filter.from() != null) {
			where.append(" AND noted_on >= :from");
			parameters.put("from", Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND noted_on <= :to");
			parameters.put("to", Date.valueOf(filter.to()));
		}
		if (filter.followUpOnly()) {
			where.append(" AND follow_up IS NOT NULL");
		}
		long total = jdbc.sql("SELECT count(*) FROM monitor_field_note" + where).params(parameters).query(Long.class).single();
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		List<FieldNote> items = jdbc
			.sql("SELECT * FROM monitor_field_note" + where
					+ " ORDER BY noted_on DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(parameters)
			.query(FieldNotes::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Every note an account wrote, for its personal-data download. */
	public List<FieldNote> writtenBy(UUID author) {
		return jdbc.sql("SELECT * FROM monitor_field_note WHERE author_id = :author ORDER BY noted_on DESC")
			.param("author", author)
			.query(FieldNotes::map)
			.list();
	}

	/** Forgets who wrote the notes of a deleted account; the notes stay, as the gemeente's record. */
	public int forgetAuthor(UUID author) {
		return jdbc.sql("UPDATE monitor_field_note SET author_id = NULL WHERE author_id = :author")
			.param("author", author)
			.update();
	}

	private static FieldNote map(ResultSet rs, int row) throws SQLException {
		Array themes = rs.getArray("themes");
		List<NoteTheme> parsed = new ArrayList<>();
		Arrays.stream((String[]) themes.getArray()).map(NoteTheme::valueOf).forEach(parsed::add);
		return new FieldNote(rs.getObject("id", UUID.class), new AreaCode(rs.getString("municipality_code")),
				new AreaCode(rs.getString("area_code")), rs.getString("area_name"), NoteKind.valueOf(rs.getString("kind")),
				rs.getDate("noted_on").toLocalDate(), parsed, rs.getString("summary"), rs.getString("follow_up"),
				rs.getObject("author_id", UUID.class), rs.getString("author_role"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
