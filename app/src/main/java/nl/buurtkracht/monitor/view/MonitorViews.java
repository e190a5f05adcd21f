// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.refresh.IndexRun;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read queries of the monitor's pages and API, on its own tables only.
 */
@Repository
public class MonitorViews {

	private static final TypeReference<Map<AreaLevel, IndexRun.LevelSummary>> LEVELS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, BigDecimal>> PERCENTILES = new TypeReference<>() {
	};

	/** An area with its index and its five domain scores, one join per domain. */
	private static final String INDEX_ROW = """
			SELECT a.code, a.name, a.level, a.inhabitants, s.composite, s.composite_class, s.composite_rank,
			       coalesce(s.stacking_count, 0) AS stacking_count, coalesce(s.domains_scored, 0) AS domains_scored,
			       coalesce(s.domains_measured, 0) AS domains_measured, coalesce(s.indicators_used, 0) AS indicators_used,
			       coalesce(s.indicators_missing, 0) AS indicators_missing""" + domainColumns() + """

			FROM monitor_area a
			LEFT JOIN monitor_index_score s ON s.year = a.year AND s.code = a.code""" + domainJoins() + "\n";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MonitorViews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every gemeente the monitor has, by name. */
	public List<MunicipalityEntry> municipalities() {
		Map<AreaCode, List<Integer>> years = new LinkedHashMap<>();
		Map<AreaCode, String> names = new HashMap<>();
		jdbc.sql("SELECT code, name, year FROM monitor_area WHERE level = 'MUNICIPALITY' ORDER BY code, year DESC")
			.query(rs -> {
				AreaCode code = new AreaCode(rs.getString("code"));
				names.putIfAbsent(code, rs.getString("name"));
				years.computeIfAbsent(code, key -> new ArrayList<>()).add(rs.getInt("year"));
			});
		return years.entrySet()
			.stream()
			.map(entry -> new MunicipalityEntry(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
			.sorted(java.util.Comparator.comparing((MunicipalityEntry entry) -> entry.name().toLowerCase(Locale.ROOT))
				.thenComparing(entry -> entry.code().value()))
			.toList();
	}

	public Optional<AreaEntry> area(AreaCode code, int year) {
		return jdbc.sql("SELECT * FROM monitor_area WHERE code = :code AND year = :year")
			.param("code", code.value())
			.param("year", year)
			.query(MonitorViews::area)
			.optional();
	}

	/** The years the monitor has the area, newest first. */
	public List<Integer> years(AreaCode code) {
		return jdbc.sql("SELECT year FROM monitor_area WHERE code = :code ORDER BY year DESC")
			.param("code", code.value())
			.query(Integer.class)
			.list();
	}

	/** The areas of a level in a gemeente, by name. */
	public List<AreaEntry> areas(AreaCode municipality, int year, AreaLevel level) {
		return jdbc.sql("""
				SELECT * FROM monitor_area WHERE year = :year AND municipality_code = :municipality AND level = :level
				ORDER BY name, code""")
			.param("year", year)
			.param("municipality", municipality.value())
			.param("level", level.name())
			.query(MonitorViews::area)
			.list();
	}

	public int count(AreaCode municipality, int year, AreaLevel level) {
		return jdbc.sql("""
				SELECT count(*) FROM monitor_area WHERE year = :year AND municipality_code = :municipality AND level = :level""")
			.param("year", year)
			.param("municipality", municipality.value())
			.param("level", level.name())
			.query(Integer.class)
			.single();
	}

	public Page<IndexRow> table(AreaCode municipality, int year, AreaLevel level, TableSort sort, boolean descending,
			int page, int size) {
		List<IndexRow> rows = jdbc.sql(INDEX_ROW + inMunicipality() + order(sort, descending) + " LIMIT :limit OFFSET :offset")
			.params(municipalityParameters(municipality, year, level))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(MonitorViews::row)
			.list();
		return new Page<>(rows, page, size, count(municipality, year, level));
	}

	/** Every row of the table, for the CSV export. */
	public List<IndexRow> allRows(AreaCode municipality, int year, AreaLevel level, TableSort sort, boolean descending) {
		return jdbc.sql(INDEX_ROW + inMunicipality() + order(sort, descending))
			.params(municipalityParameters(municipality, year, level))
			.query(MonitorViews::row)
			.list();
	}

	/** The most vulnerable areas of the gemeente: highest composite, then most stacking, then code. */
	public List<IndexRow> ranking(AreaCode municipality, int year, AreaLevel level, int limit) {
		return jdbc.sql(INDEX_ROW + inMunicipality() + """
				 AND s.composite IS NOT NULL
				ORDER BY s.composite DESC, s.stacking_count DESC, a.code LIMIT :limit""")
			.params(municipalityParameters(municipality, year, level))
			.param("limit", limit)
			.query(MonitorViews::row)
			.list();
	}

	public Optional<IndexRow> row(AreaCode code, int year) {
		return jdbc.sql(INDEX_ROW + " WHERE a.year = :year AND a.code = :code")
			.param("year", year)
			.param("code", code.value())
			.query(MonitorViews::row)
			.optional();
	}

	/** The index of one area in every year, oldest first. */
	public List<Map.Entry<Integer, IndexRow>> history(AreaCode code) {
		return jdbc.sql(INDEX_ROW.replace("SELECT a.code,", "SELECT a.year AS row_year, a.code,")
				+ " WHERE a.code = :code ORDER BY a.year")
			.param("code", code.value())
			.query((rs, n) -> Map.entry(rs.getInt("row_year"), row(rs, n)))
			.list();
	}

	/** How many areas of the gemeente fall in each class; index 0 counts the areas without a composite. */
	public int[] classCounts(AreaCode municipality, int year, AreaLevel level) {
		int[] counts = new int[6];
		jdbc.sql("""
				SELECT coalesce(s.composite_class, 0) AS class, count(*) AS n FROM monitor_area a
				LEFT JOIN monitor_index_score s ON s.year = a.year AND s.code = a.code
				WHERE a.year = :year AND a.municipality_code = :municipality AND a.level = :level
				GROUP BY coalesce(s.composite_class, 0)""")
			.params(municipalityParameters(municipality, year, level))
			.query(rs -> {
				counts[rs.getInt("class")] = rs.getInt("n");
			});
		return counts;
	}

	public Optional<IndexRun> run(int year) {
		return jdbc.sql("SELECT * FROM monitor_index_run WHERE year = :year")
			.param("year", year)
			.query((rs, n) -> new IndexRun(rs.getInt("year"), rs.getInt("version"),
					json.readValue(rs.getString("configuration"), IndexRun.UsedConfiguration.class),
					json.readValue(rs.getString("levels"), LEVELS), rs.getTimestamp("computed_at").toInstant()))
			.optional();
	}

	/** Per indicator: how many areas of the level in the gemeente have no value. */
	public Map<String, Integer> missingIn(AreaCode municipality, int year, AreaLevel level, List<String> indicators) {
		if (indicators.isEmpty()) {
			return Map.of();
		}
		int areas = count(municipality, year, level);
		Map<String, Integer> missing = new HashMap<>();
		indicators.forEach(indicator -> missing.put(indicator, areas));
		jdbc.sql("""
				SELECT indicator, count(*) AS n FROM monitor_indicator_value
				WHERE year = :year AND municipality_code = :municipality AND level = :level AND indicator IN (:indicators)
				GROUP BY indicator""")
			.params(municipalityParameters(municipality, year, level))
			.param("indicators", indicators)
			.query(rs -> {
				missing.put(rs.getString("indicator"), areas - rs.getInt("n"));
			});
		return missing;
	}

	/** Every value of an area in a year, by indicator. */
	Map<String, StoredValue> values(AreaCode code, int year) {
		Map<String, StoredValue> values = new HashMap<>();
		jdbc.sql("SELECT * FROM monitor_indicator_value WHERE code = :code AND year = :year")
			.param("code", code.value())
			.param("year", year)
			.query(rs -> {
				StoredValue value = stored(rs);
				values.put(value.indicator(), value);
			});
		return values;
	}

	/** Every value of an area in every year, by indicator and then year (oldest first). */
	Map<String, Map<Integer, StoredValue>> series(AreaCode code) {
		Map<String, Map<Integer, StoredValue>> series = new HashMap<>();
		jdbc.sql("SELECT * FROM monitor_indicator_value WHERE code = :code")
			.param("code", code.value())
			.query(rs -> {
				StoredValue value = stored(rs);
				series.computeIfAbsent(value.indicator(), key -> new TreeMap<>()).put(value.year(), value);
			});
		return series;
	}

	Map<String, ReferenceValue> references(int year, AreaLevel level) {
		return jdbc.sql("SELECT * FROM monitor_reference_value WHERE year = :year AND level = :level")
			.param("year", year)
			.param("level", level.name())
			.query((rs, n) -> new ReferenceValue(rs.getString("indicator"), rs.getBigDecimal("median"),
					rs.getInt("areas"), rs.getInt("municipalities")))
			.list()
			.stream()
			.collect(Collectors.toMap(ReferenceValue::indicator, reference -> reference));
	}

	Map<String, BigDecimal> percentiles(AreaCode code, int year) {
		return jdbc.sql("SELECT percentiles::text FROM monitor_index_score WHERE code = :code AND year = :year")
			.param("code", code.value())
			.param("year", year)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, PERCENTILES))
			.orElse(Map.of());
	}

	private static String inMunicipality() {
		return " WHERE a.year = :year AND a.municipality_code = :municipality AND a.level = :level";
	}

	private static String order(TableSort sort, boolean descending) {
		return " ORDER BY " + sort.column() + (descending ? " DESC" : " ASC") + " NULLS LAST, a.name, a.code";
	}

	private static Map<String, Object> municipalityParameters(AreaCode municipality, int year, AreaLevel level) {
		return Map.of("year", year, "municipality", municipality.value(), "level", level.name());
	}

	private static String alias(Domain domain) {
		return "d_" + domain.name().toLowerCase(Locale.ROOT);
	}

	private static String domainColumns() {
		StringBuilder columns = new StringBuilder();
		for (Domain domain : Domain.values()) {
			String d = alias(domain);
			columns.append(", ")
				.append(d).append(".score AS ").append(d).append("_score, ")
				.append(d).append(".percentile AS ").append(d).append("_percentile, ")
				.append(d).append(".worst_fifth AS ").append(d).append("_worst, ")
				.append(d).append(".indicators_used AS ").append(d).append("_used, ")
				.append(d).append(".indicators_missing AS ").append(d).append("_missing");
		}
		return columns.toString();
	}

	private static String domainJoins() {
		StringBuilder joins = new StringBuilder();
		for (Domain domain : Domain.values()) {
			String d = alias(domain);
			joins.append("\nLEFT JOIN monitor_domain_score ").append(d).append(" ON ").append(d)
				.append(".year = a.year AND ").append(d).append(".code = a.code AND ").append(d)
				.append(".domain = '").append(domain.name()).append("'");
		}
		return joins.toString();
	}

	private static AreaEntry area(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		return new AreaEntry(new AreaCode(rs.getString("code")), rs.getInt("year"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("name"), new AreaCode(rs.getString("municipality_code")), rs.getString("municipality_name"),
				parent == null ? null : new AreaCode(parent), rs.getBigDecimal("inhabitants"));
	}

	private static IndexRow row(ResultSet rs, int row) throws SQLException {
		List<DomainCell> domains = new ArrayList<>();
		for (Domain domain : Domain.values()) {
			String d = alias(domain);
			BigDecimal score = rs.getBigDecimal(d + "_score");
			domains.add(score == null ? DomainCell.absent(domain)
					: new DomainCell(domain, score, rs.getBigDecimal(d + "_percentile"), rs.getBoolean(d + "_worst"),
							rs.getInt(d + "_used"), rs.getInt(d + "_missing")));
		}
		return new IndexRow(new AreaCode(rs.getString("code")), rs.getString("name"),
				AreaLevel.valueOf(rs.getString("level")), rs.getBigDecimal("inhabitants"), rs.getBigDecimal("composite"),
				integer(rs, "composite_class"), integer(rs, "composite_rank"), rs.getInt("stacking_count"),
				rs.getInt("domains_scored"), rs.getInt("domains_measured"), rs.getInt("indicators_used"),
				rs.getInt("indicators_missing"), domains);
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static StoredValue stored(ResultSet rs) throws SQLException {
		return new StoredValue(rs.getInt("year"), rs.getString("indicator"), rs.getBigDecimal("value"),
				rs.getInt("reference_year"));
	}

}
