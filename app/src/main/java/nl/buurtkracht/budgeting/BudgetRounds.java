// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All buurtbudget rounds.
 */
interface BudgetRounds extends ListCrudRepository<BudgetRound, UUID> {

	@Query("SELECT * FROM budgeting_round WHERE municipality_code = :municipalityCode ORDER BY ideas_from DESC, title")
	List<BudgetRound> findInMunicipality(String municipalityCode);

	@Query("""
			SELECT * FROM budgeting_round
			WHERE (:municipalityCode = '' OR municipality_code = :municipalityCode)
			ORDER BY phase = 'EXECUTION', ideas_from DESC, title
			LIMIT :limit OFFSET :offset""")
	List<BudgetRound> findPage(String municipalityCode, int limit, long offset);

	@Query("SELECT count(*) FROM budgeting_round WHERE (:municipalityCode = '' OR municipality_code = :municipalityCode)")
	long countPage(String municipalityCode);

	/**
	 * Rounds whose next phase is due, locked for this transaction; rounds another instance is advancing
	 * right now are skipped, so instances never advance the same round twice.
	 */
	@Query("""
			SELECT id FROM budgeting_round
			WHERE CASE phase WHEN 'PLANNED' THEN ideas_from WHEN 'IDEAS' THEN review_from
			                 WHEN 'REVIEW' THEN voting_from WHEN 'VOTING' THEN results_from
			                 WHEN 'RESULTS' THEN execution_from END <= :now
			FOR UPDATE SKIP LOCKED""")
	List<UUID> lockDue(Instant now);

	@Query("SELECT * FROM budgeting_round WHERE phase = 'VOTING'")
	List<BudgetRound> findVoting();

	@Query("UPDATE budgeting_round SET project_count = project_count + 1 WHERE id = :id RETURNING project_count")
	int nextProjectNumber(UUID id);

}
