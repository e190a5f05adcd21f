// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads areas and their figures. Imports write in bulk elsewhere (COPY), so this is a read model on
 * {@link JdbcClient} rather than Spring Data aggregates.
 */
@Repository
class Areas {

	/** An area in a list: its gemeente's name, its inhabitants and the newest year of its code. */
	private static final String SUMMARY = """
			SELECT r.code, r.year, r.level, r.name, m.name AS municipality_name, f.value AS inhabitants,
			       (SELECT max(n.year) FROM area_region n WHERE n.code = r.code) AS newest_year
			FROM area_region r
			JOIN area_region m ON m.code = r.municipality_code AND m.year = r.year
			LEFT JOIN area_figure f ON f.code = r.code AND f.year = r.year AND f.label = :inhabitants
			""";

	private static final String NEWEST_MUNICIPALITIES = """
			(r.code, r.year) IN (SELECT DISTINCT ON (code) code, year FROM area_region
			                     WHERE level = 'MUNICIPALITY' ORDER BY code, year DESC)""";

	/** Every word of the text in the area's name or its gemeente's name, so "Vogelbuurt Ede" finds one buurt. */
	private static final String MATCHING_NAME = """
			(r.code, r.year) IN (SELECT DISTINCT ON (a.code) a.code, a.year FROM area_region a
			                     JOIN area_region g ON g.code = a.municipality_code AND g.year = a.year
			                     WHERE a.name || ' ' || g.name ILIKE ALL (ARRAY[:words]) OR a.code = :code
			                     ORDER BY a.code, a.year DESC)""";

	private final JdbcClient jdbc;

	Areas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Area> find(AreaCode code, int year) {
		return jdbc.sql("SELECT * FROM area_region WHERE code = :code AND year = :year")
			.param("code", code.value())
			.param("year", year)
			.query(Areas::area)
			.optional();
	}

	List<Integer> years(AreaCode code) {
		return jdbc.sql("SELECT year FROM area_region WHERE code = :code ORDER BY year DESC")
			.param("code", code.value())
			.query(Integer.class)
			.list();
	}

	Optional<AreaSummary> summary(AreaCode code, int year) {
		return jdbc.sql(SUMMARY + " WHERE r.code = :code AND r.year = :year")
			.param("code", code.value())
			.param("year", year)
			.param("inhabitants", FigureLabel.INHABITANTS.key())
			.query(Areas::summary)
			.optional();
	}

	Page<AreaSummary> children(AreaCode parent, int year, Paging paging) {
		String where = " WHERE r.parent_code = :parent AND r.year = :year";
		Map<String, Object> parameters = Map.of("parent", parent.value(), "year", year);
		return page(where, " ORDER BY r.name, r.code", parameters, paging);
	}

	Page<AreaSummary> newestMunicipalities(Paging paging) {
		return page(" WHERE " + NEWEST_MUNICIPALITIES, " ORDER BY r.name, r.code", Map.of(), paging);
	}

	/** By name (exact, then beginning, then anywhere), gemeenten before wijken before buurten. */
	Page<AreaSummary> search(String text, Paging paging) {
		return search(text, null, paging);
	}

	/** Areas matching the text, optionally of one level only. */
	Page<AreaSummary> search(String text, @Nullable AreaLevel level, Paging paging) {
		String order = """
				 ORDER BY lower(r.name) = lower(:text) DESC, r.name ILIKE :prefix ESCAPE '\\' DESC,
				          CASE r.level WHEN 'MUNICIPALITY' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, r.name, r.code""";
		String escaped = escapeLike(text);
		List<String> words = Arrays.stream(text.split("[\\s,]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> "%" + escapeLike(word) + "%")
			.toList();
		Map<String, Object> parameters = Map.of("words", words.isEmpty() ? List.of("%") : words, "prefix", escaped + "%",
				"text", text,
				"code", text.toUpperCase(Locale.ROOT), "level", level == null ? "" : level.name());
		return page(" WHERE " + MATCHING_NAME + " AND (:level = '' OR r.level = :level)", order, parameters, paging);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Page<AreaSummary> page(String where, String order, Map<String, Object> parameters, Paging paging) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("inhabitants", FigureLabel.INHABITANTS.key());
		all.put("limit", paging.size());
		all.put("offset", paging.offset());
		List<AreaSummary> items = jdbc.sql(SUMMARY + where + order + " LIMIT :limit OFFSET :offset")
			.params(all)
			.query(Areas::summary)
			.list();
		long total = jdbc.sql("SELECT count(*) FROM area_region r" + where).params(all).query(Long.class).single();
		return new Page<>(items, paging.page() - 1, paging.size(), total);
	}

	List<Figure> figures(AreaCode code, int year) {
		return jdbc.sql("""
				SELECT f.label, l.heading, f.value FROM area_figure f JOIN area_figure_label l ON l.label = f.label
				WHERE f.code = :code AND f.year = :year ORDER BY l.heading""")
			.param("code", code.value())
			.param("year", year)
			.query((rs, row) -> new Figure(new FigureLabel(rs.getString("label")), rs.getString("heading"),
					rs.getBigDecimal("value")))
			.list();
	}

	Map<AreaCode, BigDecimal> values(FigureLabel label, int year, AreaLevel level) {
		Map<AreaCode, BigDecimal> values = new HashMap<>();
		jdbc.sql("""
				SELECT f.code, f.value FROM area_figure f JOIN area_region r ON r.code = f.code AND r.year = f.year
				WHERE f.year = :year AND f.label = :label AND r.level = :level""")
			.param("year", year)
			.param("label", label.key())
			.param("level", level.name())
			.query(rs -> {
				values.put(new AreaCode(rs.getString("code")), rs.getBigDecimal("value"));
			});
		return values;
	}

	private static Area area(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		return new Area(new AreaCode(rs.getString("code")), rs.getInt("year"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("name"), parent == null ? null : new AreaCode(parent), rs.getString("change_code"));
	}

	private static AreaSummary summary(ResultSet rs, int row) throws SQLException {
		return new AreaSummary(new AreaCode(rs.getString("code")), rs.getInt("year"),
				AreaLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("municipality_name"),
				rs.getBigDecimal("inhabitants"), rs.getInt("newest_year"));
	}

}
