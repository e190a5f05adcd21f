// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.List;

/**
 * The projects a rule selects, without the explanation: what {@link VotingRule#select(Profile)} returns. It is
 * cheaper to compute than an {@link Outcome}, which adds the {@link Explanation}; the selection is always the same.
 *
 * @param rule the name of the rule and options that produced it
 * @param selected ids of the selected projects, in the order the rule selected them
 * @param totalCost the total cost of the selected projects, in minor units
 * @param decimals the decimals of a minor unit (from the instance)
 */
public record Selection(String rule, List<String> selected, long totalCost, int decimals) {

    /** Copies the selection. */
    public Selection {
        selected = List.copyOf(selected);
    }

    /** The total cost as an exact decimal amount of currency units. */
    public BigDecimal totalCostAsDecimal() {
        return BigDecimal.valueOf(totalCost, decimals);
    }
}
