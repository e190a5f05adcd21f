// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class BackgroundJobsIntegrationTests {

	@Autowired
	BackgroundJobs jobs;

	@Autowired
	EchoJobHandler handler;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JsonMapper json;

	@Test
	void runsAQueuedJobInTheBackgroundAndKeepsItsSummary() {
		JobId id = jobs.submit(EchoJobHandler.KIND, "Echo", Map.of(), new JobPayload("a.csv", new byte[42]), "tester");

		Job finished = awaitFinished(id);

		assertThat(finished.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(finished.summary()).containsEntry("bytes", 42);
		assertThat(finished.percentDone()).isEqualTo(100);
		assertThat(finished.errors()).isEmpty();
		assertThat(finished.startedAt()).isNotNull();
	}

	@Test
	void recordsTheLineAndFieldOfAFailedJob() {
		JobId id = jobs.submit(EchoJobHandler.KIND, "Echo", Map.of("fail", "yes"), null, "tester");

		Job finished = awaitFinished(id);

		assertThat(finished.state()).isEqualTo(JobState.FAILED);
		assertThat(finished.errors()).containsExactly(new InputError(7, "code", "Regel 7: de code ontbreekt."));
	}

	@Test
	void twoInstancesNeverRunTheSameJobTwice() {
		JobRunner otherInstance = new JobRunner(List.of(handler), jobs, jdbc, transactions, json,
				Clock.systemDefaultZone(), Duration.ofMinutes(2));
		List<JobId> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(jobs.submit(EchoJobHandler.KIND, "Echo " + i, Map.of(), null, "tester"));
		}
		CompletableFuture<?> other = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 50; i++) {
				otherInstance.poll();
			}
		});

		ids.forEach(this::awaitFinished);
		other.join();
		otherInstance.destroy();

		assertThat(ids).allSatisfy(id -> assertThat(handler.runs.get(id)).hasValue(1));
	}

	private Job awaitFinished(JobId id) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jobs.find(id).map(job -> job.state().isFinished()).orElse(false));
		return jobs.find(id).orElseThrow();
	}

}
