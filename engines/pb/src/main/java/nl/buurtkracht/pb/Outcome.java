// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of a {@link VotingRule}: the selected projects in selection order, their total cost and why.
 *
 * @param rule the name of the rule and options that produced it (see {@link RuleConfig#describe()})
 * @param selected ids of the selected projects, in the order the rule selected them
 * @param totalCost the total cost of the selected projects, in minor units
 * @param decimals the decimals of a minor unit (from the instance)
 * @param explanation the step-by-step explanation
 */
public record Outcome(String rule, List<String> selected, long totalCost, int decimals, Explanation explanation) {

    /** Copies the selection. */
    public Outcome {
        selected = List.copyOf(selected);
    }

    /** The total cost as an exact decimal amount of currency units. */
    public BigDecimal totalCostAsDecimal() {
        return BigDecimal.valueOf(totalCost, decimals);
    }

    /** Whether the project with this id was selected. */
    public boolean isSelected(String projectId) {
        return selected.contains(projectId);
    }
}
