// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/** Thrown when no panel meets the quotas; {@link #report()} says which quotas conflict and what to relax. */
public final class InfeasibleQuotasException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient InfeasibilityReport report;

    public InfeasibleQuotasException(InfeasibilityReport report) {
        super(report.describe());
        this.report = report;
    }

    public InfeasibilityReport report() {
        return this.report;
    }
}
