// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.pabulib.PabulibReader;
import nl.buurtkracht.pb.pabulib.PabulibWriter;
import nl.buurtkracht.pb.rule.VotingRules;
import nl.buurtkracht.system.JobContext;
import nl.buurtkracht.system.JobHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts a round in the background: rewrite the ballots once more (secrecy), write them as the Pabulib file that
 * will be published, compute the outcome with the PB engine <em>from that very file</em>, explain it per project
 * and store it all. A recount replaces the outcome.
 */
@Component
class CountJob implements JobHandler {

	private final BudgetRounds rounds;

	private final Projects projects;

	private final Ballots ballots;

	private final BallotShuffle shuffle;

	private final Outcomes outcomes;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CountJob(BudgetRounds rounds, Projects projects, Ballots ballots, BallotShuffle shuffle, Outcomes outcomes,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.rounds = rounds;
		this.projects = projects;
		this.ballots = ballots;
		this.shuffle = shuffle;
		this.outcomes = outcomes;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public String kind() {
		return Tally.JOB_KIND;
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		RoundId id = new RoundId(UUID.fromString(context.job().parameters().get("round")));
		BudgetRound round = rounds.findById(id.value()).orElseThrow(() -> new UnknownRoundException(id));
		if (!round.phase().isAtLeast(Phase.RESULTS)) {
			throw new IllegalPhaseException("Voting has not closed");
		}
		context.progress(0, 4, "Stembiljetten door elkaar schudden");
		shuffle.shuffle(id);
		shuffle.vacuum();
		context.progress(1, 4, "Open-databestand maken");
		BallotSheet sheet = BallotSheet.of(round, projects.findOnBallot(id.value()));
		byte[] file = PabulibWriter.toText(BallotsToProfile.build(round, sheet, ballots)).getBytes(StandardCharsets.UTF_8);
		context.progress(2, 4, "Uitslag berekenen");
		Profile published = PabulibReader.parse(new String(file, StandardCharsets.UTF_8), "buurtbudget-" + id);
		long started = System.nanoTime();
		Outcome outcome = VotingRules.create(RuleConfig.of(round.rule())).apply(published);
		long millis = (System.nanoTime() - started) / 1_000_000;
		context.progress(3, 4, "Uitslag opslaan");
		StoredOutcome stored = stored(round, sheet, published, outcome, sha256(file), millis);
		transaction.executeWithoutResult(status -> {
			outcomes.save(stored, file);
			events.publishEvent(new OutcomePublished(id, stored.ballotCount(), stored.totalCostCents()));
		});
		return Map.of("ballots", stored.ballotCount(), "selected", stored.winners().size(), "computeMillis", millis);
	}

	private StoredOutcome stored(BudgetRound round, BallotSheet sheet, Profile profile, Outcome outcome, String sha,
			long millis) {
		Map<Integer, Long> votes = new HashMap<>();
		Map<Integer, Long> points = new HashMap<>();
		for (int voter = 0; voter < profile.size(); voter++) {
			for (int position = 0; position < profile.ballotLength(voter); position++) {
				int number = Integer.parseInt(profile.instance().project(profile.projectAt(voter, position)).id());
				votes.merge(number, 1L, Long::sum);
				points.merge(number, profile.voteType().hasPoints() ? profile.pointsAt(voter, position) : 1L, Long::sum);
			}
		}
		List<ProjectTally> tally = sheet.projects().stream()
			.map(entry -> new ProjectTally(entry.number(), entry.title(), entry.cost().cents(),
					votes.getOrDefault(entry.number(), 0L), points.getOrDefault(entry.number(), 0L),
					outcome.isSelected(String.valueOf(entry.number()))))
			.toList();
		List<Verdict> verdicts = new Verdicts(outcome, votes)
			.of(sheet.projects().stream().map(BallotSheet.Entry::number).toList());
		long totalCost = tally.stream().filter(ProjectTally::selected).mapToLong(ProjectTally::costCents).sum();
		long perVoter = profile.size() == 0 ? 0 : round.amount().cents() / profile.size();
		return new StoredOutcome(round.roundId(), outcome.rule(), profile.size(), totalCost, round.amount().cents(),
				tally, verdicts, perVoter, sha, millis, clock.instant());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
