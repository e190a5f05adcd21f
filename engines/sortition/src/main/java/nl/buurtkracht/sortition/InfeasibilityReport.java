// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why no panel meets the quotas, and what to change.
 *
 * @param conflict a minimal set of quota bounds that cannot be met together with the panel size (and the
 *     household rule): dropping any one of them makes a panel possible. Empty when the panel size alone
 *     is impossible (fewer eligible people or households than k)
 * @param relaxation the cheapest quota changes within the flex limits that make a panel possible
 *     (spec §5: lowering a minimum costs 1 + 2/min per seat, raising a maximum 1), or empty when
 *     {@link #relaxable()} is false
 * @param relaxable whether such changes exist within the flex limits
 */
public record InfeasibilityReport(List<QuotaBound> conflict, List<QuotaChange> relaxation, boolean relaxable) {

    public InfeasibilityReport {
        conflict = List.copyOf(conflict);
        relaxation = List.copyOf(relaxation);
    }

    /** A human-readable summary. */
    public String describe() {
        StringBuilder text = new StringBuilder("No panel meets the quotas.");
        if (this.conflict.isEmpty()) {
            text.append(" The panel size cannot be reached even without quotas.");
        }
        else {
            text.append(" These quotas cannot be met together: ")
                .append(this.conflict.stream().map(QuotaBound::toString).collect(Collectors.joining("; ")))
                .append('.');
        }
        if (this.relaxable) {
            text.append(" Smallest relaxation: ")
                .append(this.relaxation.stream().map(QuotaChange::toString).collect(Collectors.joining("; ")))
                .append('.');
        }
        else {
            text.append(" No relaxation within the flex limits makes a panel possible.");
        }
        return text.toString();
    }
}
