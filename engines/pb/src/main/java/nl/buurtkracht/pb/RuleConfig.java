// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The explicit choice of a voting rule and its options, as stored with a budgeting round.
 *
 * @param rule the rule
 * @param tieBreaking how exact ties are broken (default {@link TieBreaking#ID_ORDER}, as pabutools)
 * @param compatibility which add1 variant to follow; only add1 rules accept {@link Compatibility#EQUALSHARES_NET}
 * @param minimumProjectScore if set, only projects whose score reaches it take part (score: number of supporters,
 *     or total points for cumulative and scoring ballots); {@code greedy_cost_threshold} falls back to the file's
 *     {@code min_project_score_threshold}
 */
public record RuleConfig(RuleName rule, TieBreaking tieBreaking, Compatibility compatibility,
        @Nullable BigDecimal minimumProjectScore) {

    /** The default: {@code mes_cost_add1_then_greedy}, pabutools-compatible, id-order ties. */
    public static final RuleConfig DEFAULT = of(RuleName.MES_COST_ADD1_THEN_GREEDY);

    /** Checks that the options fit the rule. */
    public RuleConfig {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(tieBreaking);
        Objects.requireNonNull(compatibility);
        if (compatibility == Compatibility.EQUALSHARES_NET && !isAdd1(rule)) {
            throw new IllegalArgumentException("the equalshares.net variant only exists for add1 rules, not " + rule.key());
        }
    }

    /** A rule with default options. */
    public static RuleConfig of(RuleName rule) {
        return new RuleConfig(rule, TieBreaking.ID_ORDER, Compatibility.PABUTOOLS, null);
    }

    /** A rule with default options, by key (for example {@code greedy_cost}). */
    public static RuleConfig of(String key) {
        return of(RuleName.fromKey(key));
    }

    /**
     * {@code mes_cost_add1_then_greedy} as equalshares.net computes it (⌊B/n⌋ start, exhaustiveness over all
     * projects) with the given explicit tie-breaking.
     */
    public static RuleConfig equalSharesNet(TieBreaking tieBreaking) {
        return new RuleConfig(RuleName.MES_COST_ADD1_THEN_GREEDY, tieBreaking, Compatibility.EQUALSHARES_NET, null);
    }

    /** The same rule with another tie-breaking. */
    public RuleConfig withTieBreaking(TieBreaking newTieBreaking) {
        return new RuleConfig(rule, newTieBreaking, compatibility, minimumProjectScore);
    }

    /** The same rule following another reference implementation. */
    public RuleConfig withCompatibility(Compatibility newCompatibility) {
        return new RuleConfig(rule, tieBreaking, newCompatibility, minimumProjectScore);
    }

    /** The same rule restricted to projects whose score reaches {@code minimum}. */
    public RuleConfig withMinimumProjectScore(BigDecimal minimum) {
        return new RuleConfig(rule, tieBreaking, compatibility, minimum);
    }

    /** The rule key followed by the non-default options, for example {@code mes_card [tie-breaking max_cost]}. */
    public String describe() {
        List<String> options = new ArrayList<>();
        if (compatibility == Compatibility.EQUALSHARES_NET) {
            options.add("equalshares.net");
        }
        if (tieBreaking != TieBreaking.ID_ORDER) {
            options.add("tie-breaking " + tieBreaking.key());
        }
        if (minimumProjectScore != null) {
            options.add("minimum score " + minimumProjectScore.toPlainString());
        }
        return options.isEmpty() ? rule.key() : rule.key() + " [" + String.join(", ", options) + "]";
    }

    private static boolean isAdd1(RuleName rule) {
        return rule == RuleName.MES_COST_ADD1 || rule == RuleName.MES_COST_ADD1_THEN_GREEDY
                || rule == RuleName.MES_CARD_ADD1;
    }
}
