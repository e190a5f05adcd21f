// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.AreaValues;
import nl.buurtkracht.monitor.index.IndexConfiguration;
import nl.buurtkracht.monitor.index.IndexMember;
import nl.buurtkracht.monitor.index.IndexResult;
import nl.buurtkracht.monitor.index.StackingIndex;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.settings.IndexSettings;
import nl.buurtkracht.monitor.settings.IndexSetup;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes the stacking index of a year: per level, every area the monitor knows against all others of
 * that level, with the current set-up. Replaces the scores of the year; call it inside the job's transaction.
 */
@Component
public class IndexRecomputation {

	private final IndexSettings settings;

	private final IndicatorCatalogue catalogue;

	private final MonitorAreas areas;

	private final IndicatorValues values;

	private final IndexScores scores;

	private final JsonMapper json;

	private final Clock clock;

	IndexRecomputation(IndexSettings settings, IndicatorCatalogue catalogue, MonitorAreas areas, IndicatorValues values,
			IndexScores scores, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.catalogue = catalogue;
		this.areas = areas;
		this.values = values;
		this.scores = scores;
		this.json = json;
		this.clock = clock;
	}

	/** @return how many areas got a score row */
	public int recompute(int year) {
		IndexSetup setup = settings.current();
		IndexConfiguration configuration = setup.configuration(key -> catalogue.find(key).map(Indicator::direction));
		List<String> members = configuration.members().stream().map(IndexMember::indicator).toList();
		StackingIndex index = new StackingIndex(configuration);
		scores.clear(year);
		Map<AreaLevel, IndexRun.LevelSummary> levels = new EnumMap<>(AreaLevel.class);
		int scored = 0;
		for (AreaLevel level : AreaLevel.values()) {
			List<AreaCode> codes = areas.codes(year, level);
			if (codes.isEmpty()) {
				continue;
			}
			List<AreaValues> input = values.forIndex(year, level, codes, members);
			IndexResult result = index.score(input);
			scores.insert(year, level, result);
			int municipalities = (int) codes.stream().map(AreaCode::municipality).distinct().count();
			levels.put(level, IndexRun.LevelSummary.of(result, municipalities));
			scored += result.size();
		}
		scores.analyze();
		if (levels.isEmpty()) {
			scores.deleteRun(year);
		}
		else {
			scores.saveRun(year, setup.version(),
					json.writeValueAsString(IndexRun.UsedConfiguration.of(configuration)),
					json.writeValueAsString(levels), clock.instant());
		}
		return scored;
	}

	/** Every year the monitor has areas for, oldest first. */
	public List<Integer> years() {
		return areas.years();
	}

}
