// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What one voter chose, and nothing about who they are: a random id, the round, the hash of the voter's
 * secret receipt and the choices. Only someone holding the receipt can find it again ({@link #change}).
 */
public final class Ballot {

	private final UUID id;

	private final RoundId round;

	private final String receiptHash;

	private final List<Choice> choices;

	Ballot(UUID id, RoundId round, String receiptHash, Collection<Choice> choices) {
		this.id = id;
		this.round = round;
		this.receiptHash = receiptHash;
		this.choices = choices.stream().sorted().toList();
	}

	/**
	 * A new ballot, checked against the sheet; the receipt is handed to the voter and only its hash kept.
	 * @throws BallotRejectedException when the choices break the round's rules
	 */
	static Ballot submit(BallotSheet sheet, Collection<Choice> choices, SecretCode receipt) {
		return new Ballot(UUID.randomUUID(), sheet.round(), receipt.hash(), sheet.check(choices));
	}

	/** The same ballot with new choices, checked against the sheet. */
	Ballot change(BallotSheet sheet, Collection<Choice> newChoices) {
		if (!sheet.round().equals(round)) {
			throw new IllegalArgumentException("A ballot belongs to one round");
		}
		return new Ballot(id, round, receiptHash, sheet.check(newChoices));
	}

	UUID id() {
		return id;
	}

	public RoundId round() {
		return round;
	}

	String receiptHash() {
		return receiptHash;
	}

	public List<Choice> choices() {
		return choices;
	}

}
