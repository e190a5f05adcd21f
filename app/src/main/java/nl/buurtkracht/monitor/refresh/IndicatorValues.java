// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.AreaValues;
import nl.buurtkracht.monitor.indicator.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads indicator values. A missing value has no row.
 */
@Repository
public class IndicatorValues {

	/** One value to store. */
	public record Row(AreaCode code, String indicator, BigDecimal value, int referenceYear) {
	}

	private final JdbcClient jdbc;

	IndicatorValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces every value of one origin in a year. */
	void replaceAll(int year, Origin origin, List<Row> rows) {
		jdbc.sql("DELETE FROM monitor_indicator_value WHERE year = :year AND origin = :origin")
			.param("year", year)
			.param("origin", origin.name())
			.update();
		insert(year, origin, rows);
	}

	/** Replaces the values of one indicator in a year for some gemeenten. */
	public void replace(int year, String indicator, Collection<AreaCode> municipalities, List<Row> rows) {
		jdbc.sql("""
				DELETE FROM monitor_indicator_value
				WHERE year = :year AND indicator = :indicator AND municipality_code IN (:municipalities)""")
			.param("year", year)
			.param("indicator", indicator)
			.param("municipalities", municipalities.stream().map(AreaCode::value).toList())
			.update();
		insert(year, Origin.LOCAL, rows);
	}

	private void insert(int year, Origin origin, List<Row> rows) {
		ArrayColumns insert = new ArrayColumns("monitor_indicator_value").column("year", "int4")
			.column("code", "text")
			.column("indicator", "text")
			.column("level", "text")
			.column("municipality_code", "text")
			.column("value", "numeric")
			.column("reference_year", "int4")
			.column("origin", "text");
		for (Row row : rows) {
			insert.add(year, row.code().value(), row.indicator(), row.code().level().name(),
					row.code().municipality().value(), row.value(), row.referenceYear(), origin.name());
		}
		insert.insert(jdbc);
	}

	/** The values of some indicators for every area of a level in a year, areas without values included. */
	List<AreaValues> forIndex(int year, AreaLevel level, List<AreaCode> areas, Collection<String> indicators) {
		Map<String, Map<String, BigDecimal>> byArea = new LinkedHashMap<>();
		areas.forEach(code -> byArea.put(code.value(), new HashMap<>()));
		if (!indicators.isEmpty()) {
			jdbc.sql("""
					SELECT code, indicator, value FROM monitor_indicator_value
					WHERE year = :year AND level = :level AND indicator IN (:indicators)""")
				.param("year", year)
				.param("level", level.name())
				.param("indicators", List.copyOf(indicators))
				.query(rs -> {
					Map<String, BigDecimal> values = byArea.get(rs.getString("code"));
					if (values != null) {
						values.put(rs.getString("indicator"), rs.getBigDecimal("value"));
					}
				});
		}
		return byArea.entrySet().stream().map(entry -> new AreaValues(entry.getKey(), entry.getValue())).toList();
	}

	List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT year FROM monitor_indicator_value ORDER BY year").query(Integer.class).list();
	}

}
