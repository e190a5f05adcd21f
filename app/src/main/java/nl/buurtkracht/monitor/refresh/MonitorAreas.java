// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitor's copy of the areas of a year: enough to name, place and count them without asking the area
 * module on every page.
 */
@Repository
class MonitorAreas {

	/** An area as the monitor keeps it. */
	record Row(AreaCode code, AreaLevel level, String name, AreaCode municipality, String municipalityName,
			@Nullable AreaCode parent, @Nullable BigDecimal inhabitants) {
	}

	private final JdbcClient jdbc;

	MonitorAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the areas of these gemeenten in this year. */
	void replace(int year, Collection<AreaCode> municipalities, List<Row> rows) {
		jdbc.sql("DELETE FROM monitor_area WHERE year = :year AND municipality_code IN (:municipalities)")
			.param("year", year)
			.param("municipalities", municipalities.stream().map(AreaCode::value).toList())
			.update();
		ArrayColumns insert = new ArrayColumns("monitor_area").column("code", "text")
			.column("year", "int4")
			.column("level", "text")
			.column("name", "text")
			.column("municipality_code", "text")
			.column("municipality_name", "text")
			.column("parent_code", "text")
			.column("inhabitants", "numeric");
		for (Row row : rows) {
			insert.add(row.code().value(), year, row.level().name(), row.name(), row.municipality().value(),
					row.municipalityName(), row.parent() == null ? null : row.parent().value(), row.inhabitants());
		}
		insert.insert(jdbc);
	}

	List<AreaCode> codes(int year, AreaLevel level) {
		return jdbc.sql("SELECT code FROM monitor_area WHERE year = :year AND level = :level ORDER BY code")
			.param("year", year)
			.param("level", level.name())
			.query((rs, row) -> new AreaCode(rs.getString("code")))
			.list();
	}

	List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT year FROM monitor_area ORDER BY year").query(Integer.class).list();
	}

}
