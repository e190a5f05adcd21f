// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.sql.Timestamp;
import java.time.Instant;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.AreaScore;
import nl.buurtkracht.monitor.index.DomainScore;
import nl.buurtkracht.monitor.index.IndexResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the index of a year: a row per area, per scored domain and per ranked indicator, and the run
 * (which configuration, what was measured).
 */
@Repository
public class IndexScores {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IndexScores(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void clear(int year) {
		for (String table : new String[] { "monitor_index_score", "monitor_domain_score" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE year = :year").param("year", year).update();
		}
	}

	void insert(int year, AreaLevel level, IndexResult result) {
		ArrayColumns areas = new ArrayColumns("monitor_index_score").column("year", "int4")
			.column("code", "text")
			.column("level", "text")
			.column("municipality_code", "text")
			.column("composite", "numeric")
			.column("composite_class", "int4")
			.column("composite_rank", "int4")
			.column("stacking_count", "int4")
			.column("domains_scored", "int4")
			.column("domains_measured", "int4")
			.column("coverage", "numeric")
			.column("indicators_used", "int4")
			.column("indicators_missing", "int4")
			.column("percentiles", "jsonb");
		ArrayColumns domains = new ArrayColumns("monitor_domain_score").column("year", "int4")
			.column("code", "text")
			.column("domain", "text")
			.column("score", "numeric")
			.column("percentile", "numeric")
			.column("worst_fifth", "bool")
			.column("indicators_used", "int4")
			.column("indicators_missing", "int4");
		for (AreaScore score : result.scores()) {
			areas.add(year, score.code(), level.name(), new AreaCode(score.code()).municipality().value(),
					score.composite(), score.compositeClass(), score.compositeRank(), score.stackingCount(),
					score.domains().size(), score.domainsMeasured(), score.coverage(), score.indicatorsUsed(),
					score.indicatorsMissing(), json.writeValueAsString(new java.util.TreeMap<>(score.percentiles())));
			for (DomainScore domain : score.domains().values()) {
				domains.add(year, score.code(), domain.domain().name(), domain.score(), domain.percentile(),
						domain.worstFifth(), domain.indicatorsUsed(), domain.indicatorsMissing());
			}
		}
		areas.insert(jdbc);
		domains.insert(jdbc);
	}

	/**
	 * The median of every indicator per level over the areas with a value, for the comparisons on profiles.
	 * Only values change it, so the jobs that write values call it, not a recompute of the index.
	 */
	public void saveReferenceValues(int year) {
		jdbc.sql("DELETE FROM monitor_reference_value WHERE year = :year").param("year", year).update();
		jdbc.sql("""
				INSERT INTO monitor_reference_value (year, level, indicator, median, areas, municipalities)
				SELECT year, level, indicator,
				       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS numeric), 4),
				       count(*), count(DISTINCT municipality_code)
				FROM monitor_indicator_value WHERE year = :year
				GROUP BY year, level, indicator""")
			.param("year", year)
			.update();
	}

	void saveRun(int year, int version, String configuration, String levels, Instant at) {
		jdbc.sql("""
				INSERT INTO monitor_index_run (year, version, configuration, levels, computed_at)
				VALUES (:year, :version, CAST(:configuration AS jsonb), CAST(:levels AS jsonb), :at)
				ON CONFLICT (year) DO UPDATE SET version = excluded.version, configuration = excluded.configuration,
				       levels = excluded.levels, computed_at = excluded.computed_at""")
			.param("year", year)
			.param("version", version)
			.param("configuration", configuration)
			.param("levels", levels)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Fresh planner statistics for the tables the gemeente table joins, right after their bulk rewrite: until
	 * autovacuum caught up, the table query of a large gemeente spent seconds in PostgreSQL.
	 */
	void analyze() {
		jdbc.sql("ANALYZE monitor_area, monitor_index_score, monitor_domain_score").update();
	}

	void deleteRun(int year) {
		jdbc.sql("DELETE FROM monitor_index_run WHERE year = :year").param("year", year).update();
	}

}
