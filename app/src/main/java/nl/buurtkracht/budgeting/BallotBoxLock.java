// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL advisory locks around a round's ballot box, held until the transaction ends. Casting a ballot
 * takes the shared lock; closing the vote and rewriting the ballots take the exclusive one. So no ballot
 * slips in after voting closed, and a ballot is never lost while the ballots are rewritten. Works across
 * any number of application instances.
 */
@Component
class BallotBoxLock {

	private final JdbcClient jdbc;

	BallotBoxLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void shared(RoundId round) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock_shared(:key)").param("key", round.lockKey()).query(Integer.class).single();
	}

	void exclusive(RoundId round) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", round.lockKey()).query(Integer.class).single();
	}

}
