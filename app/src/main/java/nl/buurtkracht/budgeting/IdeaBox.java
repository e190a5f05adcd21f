// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.AccountManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas and what happens to them: residents submit and discuss them, officials check feasibility, hide
 * comments that break the rules and report progress on the winners; residents follow projects.
 */
@Service
public class IdeaBox {

	private final BudgetRounds rounds;

	private final Projects projects;

	private final Photos photos;

	private final Conversations conversations;

	private final RoundAudit audit;

	private final Outcomes outcomes;

	private final AccountManagement accounts;

	private final Clock clock;

	IdeaBox(BudgetRounds rounds, Projects projects, Photos photos, Conversations conversations, RoundAudit audit,
			Outcomes outcomes, AccountManagement accounts, Clock clock) {
		this.rounds = rounds;
		this.projects = projects;
		this.photos = photos;
		this.conversations = conversations;
		this.audit = audit;
		this.outcomes = outcomes;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A resident submits an idea in the ideas phase, optionally with a photo. */
	@Transactional
	public ProjectId submit(AccountId resident, RoundId id, IdeaDraft draft, @Nullable Photo photo) {
		BudgetRound round = round(id);
		if (!round.acceptsIdeas()) {
			throw new IllegalPhaseException("Ideas can only be submitted in the ideas phase");
		}
		UUID photoId = photo == null ? null : photos.add(photo, resident, clock.instant());
		int number = rounds.nextProjectNumber(id.value());
		Project project = Project.propose(round, number, draft, photoId, resident, nameOf(resident), clock.instant());
		projects.save(project);
		return project.projectId();
	}

	/** The official finds the idea feasible at this cost; it goes on the ballot. */
	@Transactional
	public void judgeFeasible(AccountId official, ProjectId id, Amount cost, String note) {
		Project project = project(id);
		project.judgeFeasible(round(project.roundId()), cost, note, official, clock.instant());
		projects.save(project);
		audit.record(project.roundId(), official, "feasible", "#" + project.number() + " " + cost.cents());
	}

	/** The official finds the idea not feasible, with a reason residents read. */
	@Transactional
	public void judgeNotFeasible(AccountId official, ProjectId id, String reason) {
		Project project = project(id);
		project.judgeNotFeasible(round(project.roundId()), reason, official, clock.instant());
		projects.save(project);
		audit.record(project.roundId(), official, "not-feasible", "#" + project.number());
	}

	@Transactional
	public void comment(AccountId resident, ProjectId id, String text) {
		project(id);
		conversations.comment(id, resident, nameOf(resident), text.strip(), clock.instant());
	}

	/** Hides a comment; the reason is shown in its place. */
	@Transactional
	public void hideComment(AccountId official, ProjectId id, long commentId, String reason) {
		Comment comment = conversations.comment(commentId)
			.filter(found -> found.projectId().equals(id.value()))
			.orElseThrow(() -> new UnknownRoundException(commentId));
		if (reason.isBlank()) {
			throw new IllegalArgumentException("Say why the comment is hidden");
		}
		conversations.hide(comment.id(), official, reason.strip(), clock.instant());
		audit.record(project(id).roundId(), official, "comment-hidden", commentId + ": " + reason.strip());
	}

	/** Reports progress on a winning project, optionally with a photo. */
	@Transactional
	public void reportProgress(AccountId official, ProjectId id, ExecutionStatus status, String text,
			@Nullable Photo photo) {
		Project project = project(id);
		boolean won = outcomes.find(project.roundId())
			.flatMap(outcome -> outcome.verdict(project.number()))
			.map(Verdict::selected)
			.orElse(false);
		if (!won) {
			throw new IllegalPhaseException("Only winning projects report progress");
		}
		project.reportProgress(round(project.roundId()), status);
		projects.save(project);
		UUID photoId = photo == null ? null : photos.add(photo, official, clock.instant());
		conversations.report(id, status, text.strip(), photoId, official, clock.instant());
		audit.record(project.roundId(), official, "progress", "#" + project.number() + " " + status);
	}

	@Transactional
	public void follow(AccountId resident, ProjectId id, boolean follow) {
		project(id);
		conversations.follow(id, resident, follow);
	}

	@Transactional(readOnly = true)
	public boolean follows(AccountId resident, ProjectId id) {
		return conversations.follows(id, resident);
	}

	/** The projects a resident follows, with their latest news. */
	@Transactional(readOnly = true)
	public List<Project> followedBy(AccountId resident) {
		return projects.findAllById(conversations.followedBy(resident));
	}

	@Transactional(readOnly = true)
	public List<Project> ideas(RoundId id) {
		return projects.findInRound(id.value());
	}

	@Transactional(readOnly = true)
	public Optional<Project> find(ProjectId id) {
		return projects.findById(id.value());
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(ProjectId id) {
		return conversations.comments(id);
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> progress(ProjectId id) {
		return conversations.reports(id);
	}

	@Transactional(readOnly = true)
	public Optional<Photo> photo(UUID id) {
		return photos.find(id);
	}

	@Transactional(readOnly = true)
	public int awaitingReview(RoundId id) {
		return projects.countAwaitingReview(id.value());
	}

	private String nameOf(AccountId account) {
		return accounts.find(account).map(found -> found.displayName()).orElse("");
	}

	private BudgetRound round(RoundId id) {
		return rounds.findById(id.value()).orElseThrow(() -> new UnknownRoundException(id));
	}

	private Project project(ProjectId id) {
		return projects.findById(id.value()).orElseThrow(() -> new UnknownRoundException(id));
	}

}
