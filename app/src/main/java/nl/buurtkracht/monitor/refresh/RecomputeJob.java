// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.system.JobContext;
import nl.buurtkracht.system.JobHandler;
import org.springframework.stereotype.Component;

/**
 * Recomputes the index of some years, or of every year, with the current set-up, so that after a change of
 * weights or domains all years stay comparable. One transaction; progress per year.
 */
@Component
class RecomputeJob implements JobHandler {

	private final IndexRecomputation index;

	private final MonitorWork work;

	RecomputeJob(IndexRecomputation index, MonitorWork work) {
		this.index = index;
		this.work = work;
	}

	@Override
	public String kind() {
		return MonitorJobs.RECOMPUTE;
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		return work.inOneTransaction(() -> {
			List<Integer> years = MonitorJobs.years(context.job(), index.years());
			int scored = 0;
			for (int i = 0; i < years.size(); i++) {
				context.progress(i, years.size(), "monitor.job.step.index");
				scored += index.recompute(years.get(i));
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("years", years);
			result.put("scored", scored);
			return result;
		});
	}

}
