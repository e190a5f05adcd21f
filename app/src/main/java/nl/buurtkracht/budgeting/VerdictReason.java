// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * What decided a project's fate in the count.
 */
public enum VerdictReason {

	/** Won in a round of equal shares: its supporters could pay for it from their equal shares. */
	WON_BY_EQUAL_SHARES,
	/** Won in the completion: the money left after equal shares went to the most-chosen projects that fit. */
	WON_BY_COMPLETION,
	/** Won in the order of most votes, because it still fitted in the budget. */
	WON_BY_MOST_VOTES,
	/** Won in sequential Phragmén: its supporters' loads were the lowest. */
	WON_BY_PHRAGMEN,
	/** Nobody chose it. */
	NO_SUPPORTERS,
	/** Its supporters had spent too much of their equal shares on other projects to pay for it together. */
	SUPPORTERS_OUT_OF_MONEY,
	/** It cost more than the money that was left. */
	DID_NOT_FIT,
	/** The count stopped before it came to this project. */
	NOT_REACHED,
	/** Lost for another reason the engine gave (shown without details). */
	OTHER;

	public boolean isWin() {
		return name().startsWith("WON_");
	}

}
