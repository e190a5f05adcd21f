// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.buurtkracht.monitor.index.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The local indicators an administrator defined.
 */
@Repository
class LocalIndicators {

	private final JdbcClient jdbc;

	LocalIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LocalIndicatorDefinition> all() {
		return jdbc.sql("SELECT * FROM monitor_local_indicator ORDER BY name_nl, key").query(LocalIndicators::map).list();
	}

	Optional<LocalIndicatorDefinition> find(String key) {
		return jdbc.sql("SELECT * FROM monitor_local_indicator WHERE key = :key")
			.param("key", key)
			.query(LocalIndicators::map)
			.optional();
	}

	boolean exists(String key) {
		return find(key).isPresent();
	}

	void insert(LocalIndicatorDefinition definition, Instant now) {
		jdbc.sql("""
				INSERT INTO monitor_local_indicator (key, name_nl, name_en, unit, direction, source, created_at, updated_at)
				VALUES (:key, :nameNl, :nameEn, :unit, :direction, :source, :now, :now)""")
			.params(parameters(definition, now))
			.update();
	}

	void update(LocalIndicatorDefinition definition, Instant now) {
		jdbc.sql("""
				UPDATE monitor_local_indicator SET name_nl = :nameNl, name_en = :nameEn, unit = :unit,
				       direction = :direction, source = :source, updated_at = :now
				WHERE key = :key""")
			.params(parameters(definition, now))
			.update();
	}

	private static java.util.Map<String, Object> parameters(LocalIndicatorDefinition definition, Instant now) {
		return java.util.Map.of("key", definition.key(), "nameNl", definition.nameNl(), "nameEn", definition.nameEn(),
				"unit", definition.unit().name(), "direction", definition.direction().name(), "source",
				definition.source(), "now", Timestamp.from(now));
	}

	private static LocalIndicatorDefinition map(ResultSet rs, int row) throws SQLException {
		return new LocalIndicatorDefinition(rs.getString("key"), rs.getString("name_nl"), rs.getString("name_en"),
				Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")), rs.getString("source"));
	}

}
