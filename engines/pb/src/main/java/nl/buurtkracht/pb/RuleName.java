// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The voting rules the engine offers, by their stable key. The first twelve keys are exactly the keys of the
 * pabutools reference outcomes (PB-SPEC.md §5); their outcomes equal pabutools 1.2.3 with default arguments.
 */
public enum RuleName {

    /** Greedy by number of supporters ({@code Cost_Sat}), skipping projects that do not fit. */
    GREEDY_COST("greedy_cost"),
    /** Greedy by supporters per unit of cost ({@code Cardinality_Sat}). */
    GREEDY_CARD("greedy_card"),
    /** Greedy by points per unit of cost ({@code Additive_Cardinal_Sat}). */
    GREEDY_POINTS("greedy_points"),
    /** Method of Equal Shares with cost satisfaction, no completion. */
    MES_COST("mes_cost"),
    /** Method of Equal Shares with cardinality satisfaction, no completion. */
    MES_CARD("mes_card"),
    /** Method of Equal Shares with points satisfaction, no completion. */
    MES_POINTS("mes_points"),
    /** Sequential Phragmén (approval ballots). */
    SEQ_PHRAGMEN("seq_phragmen"),
    /** MES (cost) completed by greedy (cost). */
    MES_COST_THEN_GREEDY("mes_cost_then_greedy"),
    /** MES (cost) with the per-voter budget raised by 1 currency unit until exhaustive. */
    MES_COST_ADD1("mes_cost_add1"),
    /** MES (cost) add1, then completed by greedy (cost); the default rule. */
    MES_COST_ADD1_THEN_GREEDY("mes_cost_add1_then_greedy"),
    /** MES (cardinality) add1. */
    MES_CARD_ADD1("mes_card_add1"),
    /** MES (cost) exhausted by raising the total budget in steps of 1 %, then completed by greedy (cost). */
    MES_COST_EXH1PCT_THEN_GREEDY("mes_cost_exh1pct_then_greedy"),
    /** Maximum utilitarian welfare (knapsack) with cost satisfaction. */
    MAX_WELFARE_COST("max_welfare_cost"),
    /** Maximum utilitarian welfare (knapsack) with cardinality satisfaction. */
    MAX_WELFARE_CARD("max_welfare_card"),
    /** Maximum utilitarian welfare (knapsack) with points satisfaction. */
    MAX_WELFARE_POINTS("max_welfare_points"),
    /** Real-world greedy that stops at the first project that does not fit ({@code greedy-no-skip}). */
    GREEDY_COST_NO_SKIP("greedy_cost_no_skip"),
    /** Real-world greedy among projects whose score reaches a minimum ({@code greedy-threshold}). */
    GREEDY_COST_THRESHOLD("greedy_cost_threshold");

    private final String key;

    RuleName(String key) {
        this.key = key;
    }

    /** The stable key, for example {@code mes_cost_add1_then_greedy}. */
    public String key() {
        return key;
    }

    /** The rule with this key. */
    public static RuleName fromKey(String key) {
        for (RuleName rule : values()) {
            if (rule.key.equals(key)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + key + "'; known rules: "
                + Arrays.stream(values()).map(RuleName::key).collect(Collectors.joining(", ")));
    }
}
