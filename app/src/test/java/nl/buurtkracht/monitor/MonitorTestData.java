// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.JobState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Test support: loads CBS files and local values the way an administrator does (upload, background job,
 * event, monitor job) and waits until the monitor has caught up. Test gemeenten use codes GM987x and years
 * from 2061 on, so that their reference sets hold only their own areas.
 */
public final class MonitorTestData {

	/** The made-up gemeente of the worked example in docs/monitor-index.md. */
	public static final String REKENDORP = "GM9871";

	public static final int REKENDORP_YEAR = 2061;

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final AreaCatalogue areas;

	private final NeighbourhoodMonitor monitor;

	private final JdbcClient jdbc;

	public MonitorTestData(AreaCatalogue areas, NeighbourhoodMonitor monitor, JdbcClient jdbc) {
		this.areas = areas;
		this.monitor = monitor;
		this.jdbc = jdbc;
	}

	/** Rekendorp's CBS figures and its loneliness figures, once per database. */
	public synchronized void loadRekendorp() {
		if (hasIndex(REKENDORP_YEAR)) {
			return;
		}
		importCbs("rekendorp-2061.csv", resource("rekendorp-2061.csv"), null);
		importBoundaries("rekendorp.geojson", REKENDORP_YEAR);
		importLocal("rekendorp-eenzaamheid-2061.csv");
	}

	/** Imports a CBS file through the area module and waits for the monitor to refresh the year. */
	public void importCbs(String fileName, byte[] content, @Nullable Integer year) {
		Instant start = Instant.now();
		JobId id = areas.startImport(ImportKind.CBS_KWB, fileName, content, year, "test");
		Job done = await().atMost(PATIENCE).until(() -> areas.findImport(id).orElseThrow(), job -> job.state().isFinished());
		assertThat(done.errors()).as("import of " + fileName).isEmpty();
		int imported = ((Number) done.summary().get("year")).intValue();
		awaitMonitorJobs(start);
		assertThat(hasIndexSince(imported, start)).as("the monitor refreshed " + imported).isTrue();
	}

	/** Imports the outlines of a test gemeente through the area module. */
	public void importBoundaries(String resource, int year) {
		JobId id = areas.startImport(ImportKind.GEOJSON, resource, resource(resource), year, "test");
		Job done = await().atMost(PATIENCE).until(() -> areas.findImport(id).orElseThrow(), job -> job.state().isFinished());
		assertThat(done.errors()).as("import of " + resource).isEmpty();
	}

	/** Uploads local values as an administrator and waits for the import job. */
	public Job importLocal(String resource) {
		JobId id = monitor.startLocalImport(resource, resource(resource), AccountId.random());
		Job done = awaitJob(id);
		assertThat(done.errors()).as("import of " + resource).isEmpty();
		assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
		return done;
	}

	public Job awaitJob(JobId id) {
		return await().atMost(PATIENCE).until(() -> monitor.job(id).orElseThrow(), job -> job.state().isFinished());
	}

	/** Waits until no monitor job queued since {@code since} is still waiting or running. */
	public void awaitMonitorJobs(Instant since) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
				SELECT count(*) FROM system_job WHERE kind LIKE 'monitor.%' AND state IN ('QUEUED', 'RUNNING')""")
			.query(Long.class)
			.single() == 0 && jdbc.sql("SELECT count(*) FROM system_job WHERE kind = 'monitor.refresh' AND created_at >= :since")
				.param("since", java.sql.Timestamp.from(since.minusSeconds(1)))
				.query(Long.class)
				.single() > 0);
		assertThat(jdbc.sql("SELECT errors::text FROM system_job WHERE kind LIKE 'monitor.%' AND state = 'FAILED' AND created_at >= :since")
			.param("since", java.sql.Timestamp.from(since.minusSeconds(1)))
			.query(String.class)
			.list()).as("failed monitor jobs").isEmpty();
	}

	private boolean hasIndex(int year) {
		return jdbc.sql("SELECT count(*) FROM monitor_index_run WHERE year = :year")
			.param("year", year)
			.query(Long.class)
			.single() > 0;
	}

	private boolean hasIndexSince(int year, Instant since) {
		return jdbc.sql("SELECT count(*) FROM monitor_index_run WHERE year = :year AND computed_at >= :since")
			.param("year", year)
			.param("since", java.sql.Timestamp.from(since.minusSeconds(1)))
			.query(Long.class)
			.single() > 0;
	}

	public static byte[] resource(String name) {
		try (InputStream in = MonitorTestData.class.getResourceAsStream("/monitor/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource monitor/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A random word of lower-case letters that makes a note's text unique. A UUID would do, but its hex groups
	 * sometimes look like a postcode with a house number ("4821ac3f"), and the note is then refused.
	 */
	public static String marker() {
		StringBuilder word = new StringBuilder("kenmerk");
		ThreadLocalRandom.current().ints(16, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
		return word.toString();
	}

}
