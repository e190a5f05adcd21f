// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.system.JobContext;
import nl.buurtkracht.system.JobHandler;
import org.springframework.stereotype.Component;

/**
 * After an import of CBS figures: copies the areas of the gemeenten in the file, derives the CBS indicators
 * of the year and recomputes its index, all in one transaction. Progress is reported per gemeente.
 */
@Component
class RefreshJob implements JobHandler {

	private static final int REPORT_EVERY = 10;

	private final AreaCopy areas;

	private final CbsValues values;

	private final IndexRecomputation index;

	private final IndexScores scores;

	private final MonitorWork work;

	RefreshJob(AreaCopy areas, CbsValues values, IndexRecomputation index, IndexScores scores, MonitorWork work) {
		this.areas = areas;
		this.values = values;
		this.index = index;
		this.scores = scores;
		this.work = work;
	}

	@Override
	public String kind() {
		return MonitorJobs.REFRESH;
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		int year = MonitorJobs.year(context.job());
		List<AreaCode> municipalities = MonitorJobs.municipalities(context.job());
		long steps = municipalities.size() + 2L;
		return work.inOneTransaction(() -> {
			context.progress(0, steps, "monitor.job.step.areas");
			int copied = areas.copy(year, municipalities, (done, total) -> {
				if (done % REPORT_EVERY == 0) {
					context.progress(done, steps, "monitor.job.step.areas");
				}
			});
			context.progress(municipalities.size(), steps, "monitor.job.step.values");
			int derived = values.derive(year);
			scores.saveReferenceValues(year);
			context.progress(municipalities.size() + 1L, steps, "monitor.job.step.index");
			int scored = index.recompute(year);
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("year", year);
			result.put("areas", copied);
			result.put("values", derived);
			result.put("scored", scored);
			return result;
		});
	}

}
