// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.system.BackgroundJobs;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.JobPayload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Queues the monitor's background jobs and finds them again. State and progress live in PostgreSQL, so any
 * instance may run a job and any may show its progress.
 */
@Component
public class MonitorJobs {

	/** Copies the areas of an import, derives the CBS indicators and recomputes the index of that year. */
	public static final String REFRESH = "monitor.refresh";

	/** Recomputes the index of some years (or all) after the set-up changed. */
	public static final String RECOMPUTE = "monitor.recompute";

	/** Imports a CSV of local indicator values and recomputes the index of the years in it. */
	public static final String LOCAL_IMPORT = "monitor.local-import";

	public static final List<String> KINDS = List.of(REFRESH, RECOMPUTE, LOCAL_IMPORT);

	static final String YEAR = "year";

	static final String YEARS = "years";

	static final String MUNICIPALITIES = "municipalities";

	public static final String FILE_NAME = "fileName";

	private final BackgroundJobs jobs;

	MonitorJobs(BackgroundJobs jobs) {
		this.jobs = jobs;
	}

	public JobId refresh(int year, Collection<AreaCode> municipalities, String submittedBy) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(YEAR, Integer.toString(year));
		parameters.put(MUNICIPALITIES, municipalities.stream().map(AreaCode::value).sorted().collect(Collectors.joining(",")));
		return jobs.submit(REFRESH, "Wijkmonitor bijwerken voor " + year, parameters, null, submittedBy);
	}

	/** @param years the years to recompute; empty for every year the monitor has */
	public JobId recompute(Collection<Integer> years, String submittedBy) {
		String list = years.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		return jobs.submit(RECOMPUTE, "Stapelingsindex opnieuw berekenen", Map.of(YEARS, list), null, submittedBy);
	}

	public JobId importLocalValues(String fileName, byte[] content, String submittedBy) {
		return jobs.submit(LOCAL_IMPORT, "Lokale cijfers importeren: " + fileName, Map.of(FILE_NAME, fileName),
				new JobPayload(fileName, content), submittedBy);
	}

	public Optional<Job> find(JobId id) {
		return jobs.find(id).filter(job -> KINDS.contains(job.kind()));
	}

	public List<Job> recent(int limit) {
		return jobs.recent(KINDS, limit);
	}

	static int year(Job job) {
		return Integer.parseInt(job.parameters().get(YEAR));
	}

	static List<AreaCode> municipalities(Job job) {
		String list = job.parameters().getOrDefault(MUNICIPALITIES, "");
		return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).map(AreaCode::of).toList();
	}

	static List<Integer> years(Job job, @Nullable List<Integer> all) {
		String list = job.parameters().getOrDefault(YEARS, "");
		if (list.isEmpty()) {
			return all == null ? List.of() : all;
		}
		return Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
	}

}
