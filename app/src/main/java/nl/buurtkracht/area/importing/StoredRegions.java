// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.FigureLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an import needs to know about areas already stored: which codes exist in a year, and the rows
 * of a year in the order of the file they came from.
 */
@Component
class StoredRegions {

	/** An area of a year in file order, with what a file without codes must match. */
	record StoredRow(AreaCode code, String name, String municipalityName, AreaLevel level,
			@Nullable BigDecimal inhabitants) {
	}

	private final JdbcClient jdbc;

	StoredRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<AreaCode> existing(int year, Collection<AreaCode> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT code FROM area_region
				WHERE year = :year AND code = ANY(string_to_array(:codes, ','))""")
			.param("year", year)
			.param("codes", join(codes))
			.query((rs, row) -> new AreaCode(rs.getString("code")))
			.list());
	}

	/** Per year, how many of the codes it holds. */
	Map<Integer, Integer> matchesPerYear(Collection<AreaCode> codes) {
		return jdbc.sql("""
				SELECT year, count(*) AS matches FROM area_region
				WHERE code = ANY(string_to_array(:codes, ',')) GROUP BY year""")
			.param("codes", join(codes))
			.query((rs, row) -> Map.entry(rs.getInt("year"), rs.getInt("matches")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The files with codes that wrote rows of a year: those with exactly {@code rows} rows first, newest
	 * first within each group.
	 */
	List<UUID> files(int year, int rows) {
		return jdbc.sql("""
				SELECT source_file FROM area_region WHERE year = :year AND source_file IS NOT NULL
				GROUP BY source_file ORDER BY count(*) = :rows DESC, max(imported_at) DESC""")
			.param("year", year)
			.param("rows", rows)
			.query(UUID.class)
			.list();
	}

	/** The rows of a year that one file wrote, in that file's order. */
	List<StoredRow> rowsOf(int year, UUID file) {
		return jdbc.sql("""
				SELECT r.code, r.name, m.name AS municipality_name, r.level, f.value AS inhabitants
				FROM area_region r
				JOIN area_region m ON m.code = r.municipality_code AND m.year = r.year
				LEFT JOIN area_figure f ON f.code = r.code AND f.year = r.year AND f.label = :inhabitants
				WHERE r.year = :year AND r.source_file = :file
				ORDER BY r.source_position, r.code""")
			.param("year", year)
			.param("file", file)
			.param("inhabitants", FigureLabel.INHABITANTS.key())
			.query((rs, row) -> new StoredRow(new AreaCode(rs.getString("code")), rs.getString("name"),
					rs.getString("municipality_name"), AreaLevel.valueOf(rs.getString("level")),
					rs.getBigDecimal("inhabitants")))
			.list();
	}

	private static String join(Collection<AreaCode> codes) {
		return codes.stream().map(AreaCode::value).collect(Collectors.joining(","));
	}

}
