// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All ideas and projects.
 */
interface Projects extends ListCrudRepository<Project, UUID> {

	@Query("SELECT * FROM budgeting_project WHERE round_id = :roundId ORDER BY number")
	List<Project> findInRound(UUID roundId);

	@Query("SELECT * FROM budgeting_project WHERE round_id = :roundId AND status = 'FEASIBLE' ORDER BY number")
	List<Project> findOnBallot(UUID roundId);

	@Query("SELECT count(*) FROM budgeting_project WHERE round_id = :roundId AND status = 'FEASIBLE'")
	int countOnBallot(UUID roundId);

	@Query("SELECT count(*) FROM budgeting_project WHERE round_id = :roundId AND status = 'PROPOSED'")
	int countAwaitingReview(UUID roundId);

	@Query("SELECT * FROM budgeting_project WHERE proposed_by = :accountId ORDER BY proposed_at")
	List<Project> findProposedBy(UUID accountId);

	@Modifying
	@Query("UPDATE budgeting_project SET proposed_by = NULL, proposer_name = NULL WHERE proposed_by = :accountId")
	void forgetProposer(UUID accountId);

}
