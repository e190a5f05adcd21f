// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * The counting rules an official can choose, by their PB engine key. The default is the Method of Equal
 * Shares with add1 and greedy completion: proportional, and it spends the budget well.
 */
public final class CountingRules {

	public static final String DEFAULT = "mes_cost_add1_then_greedy";

	/** In the order offered on the form. */
	public static final List<String> KEYS = List.of(DEFAULT, "greedy_cost", "mes_cost_then_greedy", "seq_phragmen");

	/** Sequential Phragmén is defined for approval ballots only. */
	public static boolean acceptsPoints(String rule) {
		return !rule.equals("seq_phragmen");
	}

	/** The family of a rule, for explaining it: {@code mes}, {@code greedy} or {@code phragmen}. */
	public static String family(String rule) {
		if (rule.startsWith("mes")) {
			return "mes";
		}
		return rule.startsWith("seq_phragmen") ? "phragmen" : "greedy";
	}

	private CountingRules() {
	}

}
