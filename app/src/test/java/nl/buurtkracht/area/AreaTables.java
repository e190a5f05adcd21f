// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support: the state of every area table in one comparable value, to prove that a refused import
 * left the database exactly as it was.
 */
public final class AreaTables {

	private static final String TABLES = "area_region, area_figure, area_figure_label, area_boundary";

	private AreaTables() {
	}

	/** Row counts and an order-independent hash of every row of every area table. */
	public record Fingerprint(String tables) {
	}

	public static Fingerprint fingerprint(JdbcClient jdbc) {
		StringBuilder state = new StringBuilder();
		for (String table : TABLES.split(", ")) {
			state.append(table).append('=').append(jdbc.sql("SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM "
					+ table + " t").query(String.class).single()).append(' ');
		}
		return new Fingerprint(state.toString());
	}

	public static long count(JdbcClient jdbc, int year, AreaLevel level) {
		return jdbc.sql("SELECT count(*) FROM area_region WHERE year = :year AND level = :level")
			.param("year", year)
			.param("level", level.name())
			.query(Long.class)
			.single();
	}

}
