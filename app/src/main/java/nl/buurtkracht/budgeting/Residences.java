// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All verified residents.
 */
@Component
class Residences {

	private static final String COLUMNS = "id, account_id, neighbourhood_code, method, birth_date, verified_by, verified_at";

	private final JdbcClient jdbc;

	Residences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Residence> findByAccount(UUID account) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM budgeting_residence WHERE account_id = :account")
			.param("account", account)
			.query(Residence.class)
			.optional();
	}

	Optional<Residence> findByLetterCode(long letterCodeId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM budgeting_residence WHERE letter_code_id = :code")
			.param("code", letterCodeId)
			.query(Residence.class)
			.optional();
	}

	/** Records a verification; an account verified before (for example after moving) keeps its residence id. */
	Residence save(Residence residence, @Nullable Long letterCodeId) {
		jdbc.sql("""
				INSERT INTO budgeting_residence (id, account_id, neighbourhood_code, method, birth_date, letter_code_id,
				                                 verified_by, verified_at)
				VALUES (:id, :account, :buurt, :method, :birth, :code, :by, :at)
				ON CONFLICT (account_id) DO UPDATE SET neighbourhood_code = EXCLUDED.neighbourhood_code,
				    method = EXCLUDED.method, birth_date = EXCLUDED.birth_date, letter_code_id = EXCLUDED.letter_code_id,
				    verified_by = EXCLUDED.verified_by, verified_at = EXCLUDED.verified_at""")
			.param("id", residence.id())
			.param("account", residence.accountId())
			.param("buurt", residence.neighbourhoodCode())
			.param("method", residence.method().name())
			.param("birth", Date.valueOf(residence.birthDate()))
			.param("code", letterCodeId)
			.param("by", residence.verifiedBy())
			.param("at", Timestamp.from(residence.verifiedAt()))
			.update();
		return residence.accountId() == null ? residence : findByAccount(residence.accountId()).orElseThrow();
	}

	/** The person deleted their account: the residence stays as an anonymous voter (so nobody votes twice). */
	void detach(UUID account) {
		jdbc.sql("UPDATE budgeting_residence SET account_id = NULL WHERE account_id = :account")
			.param("account", account)
			.update();
	}

}
