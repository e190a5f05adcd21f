// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breaks the links PostgreSQL itself keeps between a voter marker and a ballot. Both are written in one
 * transaction, so until this runs they share a transaction id ({@code xmin}), and the physical order of the
 * rows ({@code ctid}) follows the order of voting. Regularly during the vote, and once more before counting,
 * every ballot and marker of a round is rewritten in one transaction in random order (one shared {@code xmin},
 * a random {@code ctid}), then the tables are vacuumed so the old row versions are gone from the heap. See
 * docs/ballot-secrecy.md for what this does and does not protect against.
 */
@Component
class BallotShuffle {

	private static final Logger log = LoggerFactory.getLogger(BallotShuffle.class);

	private final BudgetRounds rounds;

	private final BallotBoxLock lock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	BallotShuffle(BudgetRounds rounds, BallotBoxLock lock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.rounds = rounds;
		this.lock = lock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${buurtkracht.budgeting.shuffle-interval:PT10M}",
			initialDelayString = "${buurtkracht.budgeting.shuffle-interval:PT10M}")
	void shuffleOpenRounds() {
		List<BudgetRound> voting = rounds.findVoting();
		voting.forEach(round -> shuffle(round.roundId()));
		if (!voting.isEmpty()) {
			vacuum();
			log.info("Rewrote the ballots of {} open round(s) in random order", voting.size());
		}
	}

	/** Rewrites a round's ballots and voter markers in random order, holding off new ballots meanwhile. */
	void shuffle(RoundId round) {
		transaction.executeWithoutResult(status -> {
			lock.exclusive(round);
			rewrite("budgeting_ballot", round);
			rewrite("budgeting_voter", round);
		});
	}

	private void rewrite(String table, RoundId round) {
		jdbc.update("CREATE TEMPORARY TABLE budgeting_shuffled ON COMMIT DROP AS SELECT * FROM " + table
				+ " WHERE round_id = ?", round.value());
		jdbc.update("DELETE FROM " + table + " WHERE round_id = ?", round.value());
		jdbc.update("INSERT INTO " + table + " SELECT * FROM budgeting_shuffled ORDER BY random()");
		jdbc.update("DROP TABLE budgeting_shuffled");
	}

	/** Removes the old row versions (outside any transaction, as VACUUM requires). */
	void vacuum() {
		jdbc.execute("VACUUM budgeting_ballot, budgeting_voter");
	}

}
