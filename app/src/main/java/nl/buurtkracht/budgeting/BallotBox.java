// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.buurtkracht.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting ballots, online and on paper. Each method commits before it returns, so a ballot the voter was
 * told about survives a crash. The voter roll's primary key guarantees one counted ballot per voter, however
 * many submissions race; the ballot itself carries nothing that points back to the voter.
 */
@Service
public class BallotBox {

	static final int RECEIPT_LENGTH = 20;

	private final BudgetRounds rounds;

	private final Projects projects;

	private final Ballots ballots;

	private final VoterRoll voters;

	private final Residences residences;

	private final ResidenceVerification verification;

	private final BallotBoxLock lock;

	private final RoundAudit audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<RoundId, VotingContext> contexts = new ConcurrentHashMap<>();

	BallotBox(BudgetRounds rounds, Projects projects, Ballots ballots, VoterRoll voters, Residences residences,
			ResidenceVerification verification, BallotBoxLock lock, RoundAudit audit, JdbcClient jdbc, Clock clock) {
		this.rounds = rounds;
		this.projects = projects;
		this.ballots = ballots;
		this.voters = voters;
		this.residences = residences;
		this.verification = verification;
		this.lock = lock;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The ballot as voters see it: the feasible projects and the rules. */
	@Transactional(readOnly = true)
	public BallotSheet sheet(RoundId id) {
		return context(id).sheet();
	}

	/** Whether this resident can vote in the round now, and if not, why. */
	@Transactional(readOnly = true)
	public Eligibility eligibility(AccountId resident, RoundId id) {
		return isOpen(id) ? eligibilityWhileOpen(resident, id) : Eligibility.NOT_OPEN;
	}

	/** The same for a round the caller has just loaded (one query less, for the ballot page). */
	@Transactional(readOnly = true)
	public Eligibility eligibility(AccountId resident, BudgetRound round) {
		return round.isOpenForVoting(clock.instant()) ? eligibilityWhileOpen(resident, round.roundId())
				: Eligibility.NOT_OPEN;
	}

	private Eligibility eligibilityWhileOpen(AccountId resident, RoundId id) {
		return residences.findByAccount(resident.value())
			.map(residence -> eligibility(context(id), residence))
			.orElse(Eligibility.NOT_VERIFIED);
	}

	/**
	 * Casts a resident's first ballot online.
	 * @return the receipt, to show the voter once: only with it can the ballot be changed
	 * @throws BallotRejectedException when the ballot is invalid or the resident may not vote (now)
	 */
	@Transactional
	public SecretCode castOnline(AccountId resident, RoundId id, Collection<Choice> choices) {
		VotingContext context = context(id);
		SecretCode receipt = SecretCode.generate(RECEIPT_LENGTH);
		Ballot ballot = Ballot.submit(context.sheet(), choices, receipt);
		openBallotBox(id);
		Residence residence = residences.findByAccount(resident.value())
			.orElseThrow(() -> new BallotRejectedException(Eligibility.NOT_VERIFIED.asProblem()));
		requireEligible(livesThereAndOldEnough(context, residence));
		if (!voters.mark(id, residence.id(), Channel.ONLINE)) {
			throw new BallotRejectedException(alreadyVoted(id, residence.id()).asProblem());
		}
		ballots.add(ballot);
		return receipt;
	}

	/** The ballot that belongs to this receipt, to show it again before changing it. */
	@Transactional(readOnly = true)
	public Optional<Ballot> ballotWithReceipt(RoundId id, String typedReceipt) {
		return ballots.findByReceipt(id, SecretCode.typed(typedReceipt));
	}

	/**
	 * Changes an online ballot. The receipt finds the ballot; the resident must be one who voted online in
	 * this round, so a found receipt is useless to anyone else.
	 * @throws BallotRejectedException for an unknown receipt, a closed vote or invalid choices
	 */
	@Transactional
	public void changeOnline(AccountId resident, RoundId id, String typedReceipt, Collection<Choice> choices) {
		VotingContext context = context(id);
		openBallotBox(id);
		Residence residence = residences.findByAccount(resident.value())
			.orElseThrow(() -> new BallotRejectedException(Eligibility.NOT_VERIFIED.asProblem()));
		if (voters.channelOf(id, residence.id()).filter(channel -> channel == Channel.ONLINE).isEmpty()) {
			throw new BallotRejectedException(BallotProblem.of("receipt.notYours"));
		}
		Ballot ballot = ballots.findByReceipt(id, SecretCode.typed(typedReceipt))
			.orElseThrow(() -> new BallotRejectedException(BallotProblem.of("receipt.unknown")));
		ballots.replace(ballot.change(context.sheet(), choices));
	}

	/**
	 * An official enters a paper ballot (or votes with a resident at the desk). The resident is identified
	 * by their letter code or desk code; a resident who voted online cannot also vote on paper.
	 */
	@Transactional
	public void castOnPaper(AccountId official, RoundId id, PaperVoter voter, Collection<Choice> choices) {
		VotingContext context = context(id);
		Ballot ballot = Ballot.submit(context.sheet(), choices, SecretCode.generate(RECEIPT_LENGTH));
		openBallotBox(id);
		Residence residence = paperResidence(official, context, voter);
		Eligibility eligibility = eligibility(context, residence);
		if (!eligibility.canVote()) {
			throw new BallotRejectedException(BallotProblem.of("paper.eligibility." + eligibility.name()));
		}
		if (!voters.mark(id, residence.id(), Channel.PAPER)) {
			throw new BallotRejectedException(BallotProblem.of("paper.eligibility." + alreadyVoted(id, residence.id())));
		}
		ballots.add(ballot);
		audit.record(id, official, "paper-ballot", "entered");
	}

	private Residence paperResidence(AccountId official, VotingContext context, PaperVoter voter) {
		try {
			if (voter instanceof PaperVoter.WithLetterCode letter) {
				SecretCode code = SecretCode.typed(letter.code());
				Optional<Residence> known = verification.residenceOfLetterCode(code);
				return known.isPresent() ? known.get()
						: verification.verifyPaperVoter(official, code, letter.birthDate(), context.area());
			}
			return verification.accountOfDeskCode(SecretCode.typed(((PaperVoter.WithDeskCode) voter).code()))
				.flatMap(residences::findByAccount)
				.orElseThrow(() -> new BallotRejectedException(BallotProblem.of("paper.deskCodeUnknown")));
		}
		catch (VerificationRefusedException ex) {
			throw new BallotRejectedException(BallotProblem.of("paper.code." + ex.reason().name()));
		}
	}

	/** Voters per channel and ballots in the box: the two totals always agree. */
	@Transactional(readOnly = true)
	public Turnout turnout(RoundId id) {
		return new Turnout(voters.count(id, Channel.ONLINE), voters.count(id, Channel.PAPER), ballots.count(id));
	}

	private Eligibility eligibility(VotingContext context, Residence residence) {
		Eligibility eligibility = livesThereAndOldEnough(context, residence);
		if (!eligibility.canVote()) {
			return eligibility;
		}
		return voters.channelOf(context.sheet().round(), residence.id())
			.map(channel -> channel == Channel.ONLINE ? Eligibility.VOTED_ONLINE : Eligibility.VOTED_ON_PAPER)
			.orElse(Eligibility.CAN_VOTE);
	}

	/** Everything but "already voted", which the voter roll's key decides when the ballot is cast. */
	private Eligibility livesThereAndOldEnough(VotingContext context, Residence residence) {
		if (!context.area().contains(residence.neighbourhoodCode())) {
			return Eligibility.OTHER_AREA;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseSchedule.AMSTERDAM);
		return residence.birthDate().plusYears(context.minimumAge()).isAfter(today) ? Eligibility.TOO_YOUNG
				: Eligibility.CAN_VOTE;
	}

	private static void requireEligible(Eligibility eligibility) {
		if (!eligibility.canVote()) {
			throw new BallotRejectedException(eligibility.asProblem());
		}
	}

	private Eligibility alreadyVoted(RoundId id, UUID residence) {
		return voters.channelOf(id, residence).filter(channel -> channel == Channel.PAPER).isPresent()
				? Eligibility.VOTED_ON_PAPER : Eligibility.VOTED_ONLINE;
	}

	/** Takes the shared ballot-box lock, then checks (with a fresh read) that voting is open. */
	private void openBallotBox(RoundId id) {
		lock.shared(id);
		if (!isOpen(id)) {
			throw new BallotRejectedException(Eligibility.NOT_OPEN.asProblem());
		}
	}

	private boolean isOpen(RoundId id) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT phase = 'VOTING' AND results_from > :now FROM budgeting_round WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private VotingContext context(RoundId id) {
		VotingContext cached = contexts.get(id);
		if (cached != null) {
			return cached;
		}
		BudgetRound round = rounds.findById(id.value()).orElseThrow(() -> new UnknownRoundException(id));
		VotingContext context = new VotingContext(round.area(), round.minimumAge(), BallotSheet.of(round,
				projects.findOnBallot(id.value())));
		if (round.phase().isAtLeast(Phase.VOTING)) {
			contexts.put(id, context);
		}
		return context;
	}

}
