// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Batches of letter codes, kept as hashes only.
 */
@Component
class LetterCodes {

	private final JdbcClient jdbc;

	LetterCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addBatch(LetterBatch batch, List<SecretCode> codes, @Nullable UUID createdBy, Instant now) {
		jdbc.sql("""
				INSERT INTO budgeting_letter_batch (id, municipality_code, neighbourhood_code, letter_count, expires_at,
				                                    created_by, created_at)
				VALUES (:id, :municipality, :buurt, :count, :expires, :by, :now)""")
			.param("id", batch.id())
			.param("municipality", RoundArea.municipalityOf(batch.neighbourhoodCode()))
			.param("buurt", batch.neighbourhoodCode())
			.param("count", codes.size())
			.param("expires", Timestamp.from(batch.expiresAt()))
			.param("by", createdBy)
			.param("now", Timestamp.from(now))
			.update();
		for (SecretCode code : codes) {
			jdbc.sql("INSERT INTO budgeting_letter_code (batch_id, code_hash) VALUES (:batch, :hash)")
				.param("batch", batch.id())
				.param("hash", code.hash())
				.update();
		}
	}

	Optional<IssuedCode> find(SecretCode code) {
		return jdbc.sql("""
				SELECT c.id, b.neighbourhood_code, b.expires_at, c.used_at IS NOT NULL AS used
				FROM budgeting_letter_code c JOIN budgeting_letter_batch b ON b.id = c.batch_id
				WHERE c.code_hash = :hash""")
			.param("hash", code.hash())
			.query(IssuedCode.class)
			.optional();
	}

	/** Uses the code; false when a concurrent request used it first. */
	boolean use(long codeId, Instant now) {
		return jdbc.sql("UPDATE budgeting_letter_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("id", codeId)
			.update() == 1;
	}

	List<LetterBatch> batchesIn(String municipalityCode) {
		return jdbc.sql("""
				SELECT b.id, b.neighbourhood_code, b.expires_at, b.letter_count, b.created_at,
				       (SELECT count(*) FROM budgeting_letter_code c WHERE c.batch_id = b.id AND c.used_at IS NOT NULL) AS used
				FROM budgeting_letter_batch b WHERE b.municipality_code = :municipality ORDER BY b.created_at DESC""")
			.param("municipality", municipalityCode)
			.query(LetterBatch.class)
			.list();
	}

	/** A code as stored: where it is valid, until when, and whether it was used. */
	record IssuedCode(long id, String neighbourhoodCode, Instant expiresAt, boolean used) {
	}

}
