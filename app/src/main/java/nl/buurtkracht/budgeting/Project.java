// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A resident's idea for a round. Officials check it ({@link #judgeFeasible}, {@link #judgeNotFeasible});
 * a feasible idea is a project on the ballot at its checked cost. A winning project reports progress.
 */
@Table("budgeting_project")
public class Project {

	@Id
	private final UUID id;

	@Version
	private @Nullable Long version;

	private final UUID roundId;

	private final int number;

	private final String title;

	private final String description;

	private final String location;

	private final @Nullable Double latitude;

	private final @Nullable Double longitude;

	private final long estimatedCostCents;

	private @Nullable Long costCents;

	private ProjectStatus status;

	private @Nullable String reviewReason;

	private @Nullable UUID reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable ExecutionStatus executionStatus;

	private final @Nullable UUID photoId;

	private @Nullable UUID proposedBy;

	private @Nullable String proposerName;

	private final Instant proposedAt;

	@PersistenceCreator
	Project(UUID id, @Nullable Long version, UUID roundId, int number, String title, String description,
			String location, @Nullable Double latitude, @Nullable Double longitude, long estimatedCostCents,
			@Nullable Long costCents, ProjectStatus status, @Nullable String reviewReason, @Nullable UUID reviewedBy,
			@Nullable Instant reviewedAt, @Nullable ExecutionStatus executionStatus, @Nullable UUID photoId,
			@Nullable UUID proposedBy, @Nullable String proposerName, Instant proposedAt) {
		this.id = id;
		this.version = version;
		this.roundId = roundId;
		this.number = number;
		this.title = title;
		this.description = description;
		this.location = location;
		this.latitude = latitude;
		this.longitude = longitude;
		this.estimatedCostCents = estimatedCostCents;
		this.costCents = costCents;
		this.status = status;
		this.reviewReason = reviewReason;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
		this.executionStatus = executionStatus;
		this.photoId = photoId;
		this.proposedBy = proposedBy;
		this.proposerName = proposerName;
		this.proposedAt = proposedAt;
	}

	/** A new idea, numbered within its round. */
	static Project propose(BudgetRound round, int number, IdeaDraft draft, @Nullable UUID photoId, AccountId proposer,
			String proposerName, Instant now) {
		if (!round.acceptsIdeas()) {
			throw new IllegalPhaseException("Ideas can only be submitted in the ideas phase");
		}
		Location where = draft.location();
		return new Project(UUID.randomUUID(), null, round.roundId().value(), number, draft.title(), draft.description(),
				where.description(), where.latitude(), where.longitude(), draft.estimatedCost().cents(), null,
				ProjectStatus.PROPOSED, null, null, null, null, photoId, proposer.value(), proposerName, now);
	}

	/** Feasible, at the checked cost; it goes on the ballot. */
	void judgeFeasible(BudgetRound round, Amount cost, String note, AccountId official, Instant now) {
		requireReviewable(round);
		if (cost.cents() <= 0 || cost.exceeds(round.amount())) {
			throw new IllegalArgumentException("The cost must be positive and within the budget");
		}
		this.status = ProjectStatus.FEASIBLE;
		this.costCents = cost.cents();
		this.reviewReason = note.isBlank() ? null : note.strip();
		reviewed(official, now);
	}

	/** Not feasible; the reason is shown to residents. */
	void judgeNotFeasible(BudgetRound round, String reason, AccountId official, Instant now) {
		requireReviewable(round);
		if (reason.isBlank()) {
			throw new IllegalArgumentException("Residents need to read why an idea is not feasible");
		}
		this.status = ProjectStatus.NOT_FEASIBLE;
		this.costCents = null;
		this.reviewReason = reason.strip();
		reviewed(official, now);
	}

	private void requireReviewable(BudgetRound round) {
		if (!round.roundId().value().equals(roundId) || !round.acceptsReviews()) {
			throw new IllegalPhaseException("Feasibility can only be checked before voting starts");
		}
	}

	private void reviewed(AccountId official, Instant now) {
		this.reviewedBy = official.value();
		this.reviewedAt = now;
	}

	/** Records how far a winning project is; only after the results are out. */
	void reportProgress(BudgetRound round, ExecutionStatus newStatus) {
		if (!round.phase().isAtLeast(Phase.RESULTS)) {
			throw new IllegalPhaseException("Progress is reported once the results are out");
		}
		this.executionStatus = newStatus;
	}

	/** The proposer deleted their account: the idea stays, without their name. */
	void forgetProposer() {
		this.proposedBy = null;
		this.proposerName = null;
	}

	public ProjectId projectId() {
		return new ProjectId(id);
	}

	public RoundId roundId() {
		return new RoundId(roundId);
	}

	/** The project's number in its round: its id in the Pabulib export and the tie-break key. */
	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Location location() {
		return new Location(location, latitude, longitude);
	}

	public Amount estimatedCost() {
		return new Amount(estimatedCostCents);
	}

	/** The cost on the ballot: the checked cost once feasible, the estimate before. */
	public Amount cost() {
		return new Amount(costCents == null ? estimatedCostCents : costCents);
	}

	public ProjectStatus status() {
		return status;
	}

	public boolean isOnBallot() {
		return status == ProjectStatus.FEASIBLE;
	}

	public @Nullable String reviewReason() {
		return reviewReason;
	}

	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	public @Nullable ExecutionStatus executionStatus() {
		return executionStatus;
	}

	public @Nullable UUID photoId() {
		return photoId;
	}

	public @Nullable UUID proposedBy() {
		return proposedBy;
	}

	public @Nullable String proposerName() {
		return proposerName;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

}
