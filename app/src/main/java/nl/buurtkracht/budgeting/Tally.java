// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.system.BackgroundJobs;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting: when voting closes a background job computes the outcome with the PB engine (any instance may
 * run it, its progress lives in PostgreSQL); the outcome and its open-data file are published.
 */
@Service
public class Tally {

	static final String JOB_KIND = "budgeting.count";

	private final BackgroundJobs jobs;

	private final Outcomes outcomes;

	private final JdbcClient jdbc;

	Tally(BackgroundJobs jobs, Outcomes outcomes, JdbcClient jdbc) {
		this.jobs = jobs;
		this.outcomes = outcomes;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(VotingClosed event) {
		requestCount(event.round(), null);
	}

	/** Queues the count of a round whose voting has closed; a count already waiting or running is reused. */
	@Transactional
	public JobId requestCount(RoundId round, @Nullable AccountId requestedBy) {
		Optional<Job> current = job(round).filter(job -> !job.state().isFinished());
		if (current.isPresent()) {
			return current.get().id();
		}
		JobId id = jobs.submit(JOB_KIND, "Buurtbudget tellen", Map.of("round", round.toString()), null,
				requestedBy == null ? "system" : requestedBy.toString());
		jdbc.sql("""
				INSERT INTO budgeting_count_job (round_id, job_id) VALUES (:round, :job)
				ON CONFLICT (round_id) DO UPDATE SET job_id = EXCLUDED.job_id""")
			.param("round", round.value())
			.param("job", id.value())
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Job> job(RoundId round) {
		return jdbc.sql("SELECT job_id FROM budgeting_count_job WHERE round_id = :round")
			.param("round", round.value())
			.query(UUID.class)
			.optional()
			.flatMap(id -> jobs.find(new JobId(id)));
	}

	@Transactional(readOnly = true)
	public Optional<StoredOutcome> outcome(RoundId round) {
		return outcomes.find(round);
	}

	/** The anonymised ballots as a Pabulib file, exactly the bytes the outcome was computed from. */
	@Transactional(readOnly = true)
	public Optional<byte[]> pabulibFile(RoundId round) {
		return outcomes.pabulibFile(round);
	}

}
