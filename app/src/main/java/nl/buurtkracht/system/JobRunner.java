// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims queued jobs with {@code FOR UPDATE SKIP LOCKED}, so that several instances can share the
 * queue without running a job twice, and runs them on a small pool of its own.
 */
@Component
class JobRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final int PARALLEL_JOBS = 2;

	private final String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private final Semaphore slots = new Semaphore(PARALLEL_JOBS);

	private final ExecutorService executor = Executors.newFixedThreadPool(PARALLEL_JOBS, runnable -> {
		Thread thread = new Thread(runnable, "job-runner");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, JobHandler> handlers;

	private final BackgroundJobs jobs;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration staleAfter;

	JobRunner(List<JobHandler> handlers, BackgroundJobs jobs, JdbcClient jdbc, PlatformTransactionManager transactions,
			JsonMapper json, Clock clock, @Value("${buurtkracht.jobs.stale-after}") Duration staleAfter) {
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
		this.staleAfter = staleAfter;
	}

	@Scheduled(fixedDelayString = "${buurtkracht.jobs.poll-interval}")
	void poll() {
		while (slots.tryAcquire()) {
			Optional<Job> claimed = claimNext();
			if (claimed.isEmpty()) {
				slots.release();
				return;
			}
			executor.execute(() -> {
				try {
					run(claimed.get());
				}
				finally {
					slots.release();
				}
			});
		}
	}

	/** A job whose instance died stops sending heartbeats; fail it so that its user can start again. */
	@Scheduled(fixedDelayString = "PT30S")
	void failAbandonedJobs() {
		int failed = jdbc.sql("""
				UPDATE system_job SET state = 'FAILED', finished_at = :now, errors = CAST(:errors AS jsonb)
				WHERE state = 'RUNNING' AND heartbeat_at < :staleBefore""")
			.param("now", Timestamp.from(clock.instant()))
			.param("errors", json.writeValueAsString(List.of(InputError.general(
					"De taak is onderbroken omdat de server stopte. Start de taak opnieuw."))))
			.param("staleBefore", Timestamp.from(clock.instant().minus(staleAfter)))
			.update();
		if (failed > 0) {
			log.warn("Marked {} abandoned job(s) as failed", failed);
		}
	}

	private Optional<Job> claimNext() {
		Optional<UUID> id = ownTransaction.execute(status -> jdbc.sql("""
				UPDATE system_job SET state = 'RUNNING', worker = :worker, started_at = :now, heartbeat_at = :now
				WHERE id = (SELECT id FROM system_job WHERE state = 'QUEUED' AND kind IN (:kinds)
				            ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
				RETURNING id""")
			.param("worker", worker)
			.param("now", Timestamp.from(clock.instant()))
			.param("kinds", handlers.isEmpty() ? List.of("") : handlers.keySet())
			.query(UUID.class)
			.optional());
		return id.flatMap(value -> jobs.find(new JobId(value)));
	}

	private void run(Job job) {
		JobHandler handler = handlers.get(job.kind());
		try {
			Map<String, Object> summary = handler.run(new Context(job));
			finish(job, JobState.SUCCEEDED, summary, List.of());
		}
		catch (InputRejectedException ex) {
			finish(job, JobState.FAILED, Map.of(), ex.errors());
		}
		catch (RuntimeException ex) {
			log.error("Job {} of kind {} failed unexpectedly", job.id(), job.kind(), ex);
			finish(job, JobState.FAILED, Map.of(), List.of(InputError.general(
					"Er ging iets mis op de server. Er is niets opgeslagen. Probeer het later opnieuw.")));
		}
	}

	private void finish(Job job, JobState state, Map<String, Object> summary, List<InputError> errors) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				UPDATE system_job SET state = :state, finished_at = :now, summary = CAST(:summary AS jsonb),
				       errors = CAST(:errors AS jsonb), progress_done = progress_total
				WHERE id = :id""")
			.param("state", state.name())
			.param("now", Timestamp.from(clock.instant()))
			.param("summary", json.writeValueAsString(summary))
			.param("errors", json.writeValueAsString(errors))
			.param("id", job.id().value())
			.update());
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private final class Context implements JobContext {

		private final Job job;

		Context(Job job) {
			this.job = job;
		}

		@Override
		public Job job() {
			return job;
		}

		@Override
		public Optional<JobPayload> payload() {
			return jobs.payload(job.id());
		}

		@Override
		public void progress(long done, long total, String step) {
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
					UPDATE system_job SET progress_done = :done, progress_total = :total, progress_step = :step,
					       heartbeat_at = :now
					WHERE id = :id""")
				.param("done", done)
				.param("total", total)
				.param("step", step)
				.param("now", Timestamp.from(clock.instant()))
				.param("id", job.id().value())
				.update());
		}

	}

}
