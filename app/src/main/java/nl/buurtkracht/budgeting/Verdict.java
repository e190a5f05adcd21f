// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * Why one project won or lost, as data without language; pages turn it into plain Dutch or English.
 *
 * @param reason what decided it (see {@link VerdictReason})
 * @param step the round of equal shares or the rank in the greedy list in which it was decided, 0 if none
 * @param supporters the voters who chose it
 * @param amountCents the money that decided it: for a winner by equal shares the share each supporter paid;
 *     for {@link VerdictReason#SUPPORTERS_OUT_OF_MONEY} what its supporters had left together; for
 *     {@link VerdictReason#DID_NOT_FIT} the money left in the budget
 * @param payingSupporters for a winner by equal shares, how many supporters paid towards it
 */
public record Verdict(int projectNumber, VerdictReason reason, int step, long supporters, long amountCents,
		long payingSupporters) {

	public boolean selected() {
		return reason.isWin();
	}

}
