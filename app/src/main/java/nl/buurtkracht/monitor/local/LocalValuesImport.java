// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.refresh.IndexRecomputation;
import nl.buurtkracht.monitor.refresh.IndexScores;
import nl.buurtkracht.monitor.refresh.IndicatorValues;
import nl.buurtkracht.monitor.refresh.MonitorJobs;
import nl.buurtkracht.monitor.refresh.MonitorWork;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import nl.buurtkracht.system.JobContext;
import nl.buurtkracht.system.JobHandler;
import nl.buurtkracht.system.JobPayload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports local indicator values, all or nothing: the file is checked when it is uploaded (so the
 * administrator sees every problem at once) and again when the job runs. Per indicator, year and gemeente
 * the file replaces what was stored, and the index of every year in the file is recomputed, in one transaction.
 */
@Component
public class LocalValuesImport implements JobHandler {

	private final IndicatorCatalogue catalogue;

	private final IndicatorValues values;

	private final IndexRecomputation index;

	private final IndexScores scores;

	private final MonitorWork work;

	private final JdbcClient jdbc;

	LocalValuesImport(IndicatorCatalogue catalogue, IndicatorValues values, IndexRecomputation index,
			IndexScores scores, MonitorWork work, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.values = values;
		this.index = index;
		this.scores = scores;
		this.work = work;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return MonitorJobs.LOCAL_IMPORT;
	}

	/**
	 * Checks an upload before it is queued.
	 * @throws InputRejectedException naming the line and field of every problem
	 */
	public void check(byte[] content) {
		LocalValuesFile.read(content, new CatalogueLookups(catalogue, jdbc));
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		JobPayload payload = context.payload()
			.orElseThrow(() -> new InputRejectedException(InputError.general("Het bestand ontbreekt bij deze taak.")));
		return work.inOneTransaction(() -> {
			context.progress(0, 1, "monitor.job.step.check");
			LocalValuesFile.Contents contents = LocalValuesFile.read(payload.content(),
					new CatalogueLookups(catalogue, jdbc));
			Map<String, List<LocalValue>> groups = groups(contents.lines());
			Set<Integer> years = new TreeSet<>();
			long steps = groups.size() + 1L;
			int done = 0;
			for (List<LocalValue> group : groups.values()) {
				context.progress(done++, steps, "monitor.job.step.values");
				LocalValue first = group.get(0);
				Set<AreaCode> municipalities = new TreeSet<>();
				List<IndicatorValues.Row> rows = new ArrayList<>();
				for (LocalValue line : group) {
					municipalities.add(line.code().municipality());
					if (line.value() != null) {
						rows.add(new IndicatorValues.Row(line.code(), line.indicator(), line.value(), line.year()));
					}
				}
				values.replace(first.year(), first.indicator(), municipalities, rows);
				years.add(first.year());
			}
			context.progress(done, steps, "monitor.job.step.index");
			years.forEach(year -> {
				scores.saveReferenceValues(year);
				index.recompute(year);
			});
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("values", contents.values().size());
			result.put("withoutData", contents.withoutData());
			result.put("indicators", groups.keySet().stream().map(key -> key.substring(key.indexOf(';') + 1)).distinct().toList());
			result.put("years", List.copyOf(years));
			return result;
		});
	}

	/** The values per year and indicator, in a stable order. */
	private static Map<String, List<LocalValue>> groups(List<LocalValue> values) {
		Map<String, List<LocalValue>> groups = new TreeMap<>();
		for (LocalValue value : values) {
			groups.computeIfAbsent(value.year() + ";" + value.indicator(), key -> new ArrayList<>()).add(value);
		}
		return groups;
	}

}
