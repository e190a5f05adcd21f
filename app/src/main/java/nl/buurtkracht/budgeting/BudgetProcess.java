// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials' use cases for running a round: plan it, revise it, move it through its phases (by hand
 * or by date), and read its audit trail.
 */
@Service
public class BudgetProcess {

	private final BudgetRounds rounds;

	private final Projects projects;

	private final RoundAudit audit;

	private final BallotBoxLock lock;

	private final Clock clock;

	BudgetProcess(BudgetRounds rounds, Projects projects, RoundAudit audit, BallotBoxLock lock, Clock clock) {
		this.rounds = rounds;
		this.projects = projects;
		this.audit = audit;
		this.lock = lock;
		this.clock = clock;
	}

	/** One round per area, all with the same settings. Every area must lie in the official's gemeente. */
	@Transactional
	public List<RoundId> plan(AccountId official, String municipalityCode, List<RoundArea> areas,
			RoundSettings settings) {
		if (areas.isEmpty() || areas.stream().anyMatch(area -> !area.municipalityCode().equals(municipalityCode))) {
			throw new IllegalArgumentException("Every area must lie in gemeente " + municipalityCode);
		}
		List<RoundId> planned = new ArrayList<>();
		for (RoundArea area : areas) {
			BudgetRound round = BudgetRound.plan(area, settings, official, clock.instant());
			List<String> changes = round.drainChanges();
			rounds.save(round);
			audit.recordAll(round.roundId(), official, "created", changes);
			planned.add(round.roundId());
		}
		return planned;
	}

	@Transactional
	public void revise(AccountId official, RoundId id, RoundSettings settings) {
		BudgetRound round = load(id);
		round.revise(settings);
		List<String> changes = round.drainChanges();
		rounds.save(round);
		audit.recordAll(id, official, "revised", changes);
	}

	/** Starts the next phase now. Closing the vote waits for ballots being cast at this moment. */
	@Transactional
	public Phase advancePhase(AccountId official, RoundId id) {
		BudgetRound round = load(id);
		if (round.phase() == Phase.VOTING) {
			lock.exclusive(id);
		}
		round.advancePhase(clock.instant(), projects.countOnBallot(id.value()));
		List<String> changes = round.drainChanges();
		rounds.save(round);
		audit.recordAll(id, official, "phase", changes);
		return round.phase();
	}

	/**
	 * Moves every round whose next phase is due. Rounds are locked with {@code SKIP LOCKED}, so several
	 * instances can run this at once without advancing a round twice.
	 * @return the rounds that changed phase
	 */
	@Transactional
	public List<RoundId> advanceDuePhases() {
		Instant now = clock.instant();
		List<RoundId> advanced = new ArrayList<>();
		for (UUID id : rounds.lockDue(now)) {
			BudgetRound round = load(new RoundId(id));
			if (round.phase() == Phase.VOTING) {
				lock.exclusive(round.roundId());
			}
			if (round.advanceIfDue(now, projects.countOnBallot(id))) {
				List<String> changes = round.drainChanges();
				rounds.save(round);
				audit.recordAll(round.roundId(), null, "phase", changes);
				advanced.add(round.roundId());
			}
		}
		return advanced;
	}

	@Transactional(readOnly = true)
	public Optional<BudgetRound> find(RoundId id) {
		return rounds.findById(id.value());
	}

	/** The gemeente a round belongs to, for access checks; {@code null} for an unknown round. */
	@Transactional(readOnly = true)
	public @Nullable String municipalityOf(RoundId id) {
		return rounds.findById(id.value()).map(BudgetRound::municipalityCode).orElse(null);
	}

	@Transactional(readOnly = true)
	public List<BudgetRound> inMunicipality(String municipalityCode) {
		return rounds.findInMunicipality(municipalityCode);
	}

	/** Rounds for the public overview, optionally of one gemeente (empty string: all). */
	@Transactional(readOnly = true)
	public Page<BudgetRound> overview(String municipalityCode, int page, int size) {
		return new Page<>(rounds.findPage(municipalityCode, size, (long) page * size), page, size,
				rounds.countPage(municipalityCode));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> auditTrail(RoundId id) {
		return audit.of(id);
	}

	private BudgetRound load(RoundId id) {
		return rounds.findById(id.value()).orElseThrow(() -> new UnknownRoundException(id));
	}

}
