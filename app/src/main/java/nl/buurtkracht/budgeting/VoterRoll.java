// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has voted in which round, and through which channel; never what. The primary key (round, voter)
 * makes the first marker win when submissions race: {@link #mark} answers false for every other one.
 */
@Component
class VoterRoll {

	private final JdbcClient jdbc;

	VoterRoll(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the voter; false when they already voted (a concurrent submission waits for the first one to commit). */
	boolean mark(RoundId round, UUID residence, Channel channel) {
		return jdbc.sql("""
				INSERT INTO budgeting_voter (round_id, residence_id, channel) VALUES (:round, :residence, :channel)
				ON CONFLICT DO NOTHING""")
			.param("round", round.value())
			.param("residence", residence)
			.param("channel", channel.name())
			.update() == 1;
	}

	Optional<Channel> channelOf(RoundId round, UUID residence) {
		return jdbc.sql("SELECT channel FROM budgeting_voter WHERE round_id = :round AND residence_id = :residence")
			.param("round", round.value())
			.param("residence", residence)
			.query((rs, n) -> Channel.valueOf(rs.getString(1)))
			.optional();
	}

	int count(RoundId round) {
		return jdbc.sql("SELECT count(*) FROM budgeting_voter WHERE round_id = :round")
			.param("round", round.value())
			.query(Integer.class)
			.single();
	}

	int count(RoundId round, Channel channel) {
		return jdbc.sql("SELECT count(*) FROM budgeting_voter WHERE round_id = :round AND channel = :channel")
			.param("round", round.value())
			.param("channel", channel.name())
			.query(Integer.class)
			.single();
	}

	/** The rounds a residence voted in, for the person's own data download. */
	List<UUID> roundsOf(UUID residence) {
		return jdbc.sql("SELECT round_id FROM budgeting_voter WHERE residence_id = :residence")
			.param("residence", residence)
			.query(UUID.class)
			.list();
	}

}
