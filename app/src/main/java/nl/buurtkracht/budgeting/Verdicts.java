// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;

/**
 * Turns the engine's explanation (data without language) into one {@link Verdict} per project: which step of
 * the count chose it, or why it lost. Amounts become euro cents.
 */
final class Verdicts {

	private final Outcome outcome;

	private final Map<Integer, Long> supporters;

	private final int decimals;

	Verdicts(Outcome outcome, Map<Integer, Long> supporters) {
		this.outcome = outcome;
		this.supporters = supporters;
		this.decimals = outcome.decimals();
	}

	List<Verdict> of(List<Integer> projectNumbers) {
		Map<String, Verdict> wins = new HashMap<>();
		boolean equalSharesBefore = false;
		for (Explanation.Phase phase : outcome.explanation().phases()) {
			if (phase instanceof Explanation.EqualShares shares) {
				shares.freeProjects().forEach(id -> wins.putIfAbsent(id, win(id, VerdictReason.WON_BY_EQUAL_SHARES, 0, 0, 0)));
				for (Explanation.EqualSharesRound round : shares.rounds()) {
					wins.putIfAbsent(round.projectId(), win(round.projectId(), VerdictReason.WON_BY_EQUAL_SHARES,
							round.round(), cents(round.sharePerSupporter()), round.payingSupporters()));
				}
				equalSharesBefore = true;
			}
			else if (phase instanceof Explanation.Greedy greedy) {
				VerdictReason reason = equalSharesBefore ? VerdictReason.WON_BY_COMPLETION : VerdictReason.WON_BY_MOST_VOTES;
				for (Explanation.GreedyStep step : greedy.steps()) {
					if (step.selected()) {
						wins.putIfAbsent(step.projectId(), win(step.projectId(), reason, step.rank(), 0, 0));
					}
				}
			}
			else if (phase instanceof Explanation.Phragmen phragmen) {
				for (Explanation.PhragmenRound round : phragmen.rounds()) {
					wins.putIfAbsent(round.projectId(), win(round.projectId(), VerdictReason.WON_BY_PHRAGMEN,
							round.round(), 0, 0));
				}
			}
		}
		List<Verdict> verdicts = new ArrayList<>();
		for (int number : projectNumbers) {
			String id = String.valueOf(number);
			Verdict verdict = outcome.isSelected(id) ? wins.getOrDefault(id, win(id, VerdictReason.OTHER, 0, 0, 0))
					: loss(id);
			verdicts.add(verdict);
		}
		return verdicts;
	}

	private Verdict win(String id, VerdictReason reason, int step, long shareCents, long paying) {
		return new Verdict(Integer.parseInt(id), reason, step, supporters.getOrDefault(Integer.parseInt(id), 0L),
				shareCents, paying);
	}

	private Verdict loss(String id) {
		int number = Integer.parseInt(id);
		long support = supporters.getOrDefault(number, 0L);
		Optional<Explanation.Rejection> last = rejection(outcome.explanation().rejections(), id);
		Optional<Explanation.Rejection> equalShares = outcome.explanation().phases().stream()
			.filter(Explanation.EqualShares.class::isInstance)
			.flatMap(phase -> rejection(phase.rejections(), id).stream())
			.filter(rejection -> rejection.reason() == Explanation.Reason.SUPPORTERS_BUDGET_EXHAUSTED)
			.findFirst();
		if (support == 0) {
			return new Verdict(number, VerdictReason.NO_SUPPORTERS, 0, 0, 0, 0);
		}
		if (equalShares.isPresent()) {
			return new Verdict(number, VerdictReason.SUPPORTERS_OUT_OF_MONEY, 0, support,
					cents(equalShares.get().amount()), 0);
		}
		if (last.isEmpty()) {
			return new Verdict(number, VerdictReason.OTHER, 0, support, 0, 0);
		}
		VerdictReason reason = switch (last.get().reason()) {
			case NO_SUPPORTERS -> VerdictReason.NO_SUPPORTERS;
			case SUPPORTERS_BUDGET_EXHAUSTED -> VerdictReason.SUPPORTERS_OUT_OF_MONEY;
			case DID_NOT_FIT -> VerdictReason.DID_NOT_FIT;
			case NOT_REACHED -> VerdictReason.NOT_REACHED;
			default -> VerdictReason.OTHER;
		};
		return new Verdict(number, reason, 0, support, cents(last.get().amount()), 0);
	}

	private static Optional<Explanation.Rejection> rejection(List<Explanation.Rejection> rejections, String id) {
		return rejections.stream().filter(rejection -> rejection.projectId().equals(id)).findFirst();
	}

	/** An amount in the instance's minor units as euro cents, rounded down. */
	private long cents(Rational amount) {
		return amount.toBigDecimal(decimals, RoundingMode.DOWN)
			.movePointLeft(decimals)
			.movePointRight(2)
			.setScale(0, RoundingMode.DOWN)
			.longValueExact();
	}


}
