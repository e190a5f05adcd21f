// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A reusable workspace for runs of the Method of Equal Shares that need no explanation. A run is first tried in
 * certified double arithmetic ({@link CertifiedEqualSharesRun}), which is several times faster; when the setup does
 * not allow it, or a decision of that run is too close to call, the run is repeated exactly ({@link EqualSharesRun}).
 * Either way the selection is the exact one.
 */
final class EqualSharesLane {

    private final EqualSharesSetup setup;
    private final @Nullable CertifiedEqualSharesRun certified;
    private @Nullable EqualSharesRun exact;
    private int exactRuns;

    /** A lane that certifies when it can. */
    EqualSharesLane(EqualSharesSetup setup) {
        this(setup, true);
    }

    /** A lane that certifies only if {@code certify} (false gives the exact run only, for comparisons). */
    EqualSharesLane(EqualSharesSetup setup, boolean certify) {
        this.setup = setup;
        this.certified = certify ? CertifiedEqualSharesRun.forSetup(setup) : null;
    }

    /**
     * The selection of a run with {@code budgetNumerator / budgetDenominator} minor units per voter; the run stops
     * early once it costs more than {@code costCap} or once {@code abandoned} is set (the selection is then
     * meaningless).
     */
    int[] run(BigInteger budgetNumerator, BigInteger budgetDenominator, AtomicBoolean abandoned, long costCap) {
        if (certified != null && certified.start(budgetNumerator, budgetDenominator)
                && certified.finish(abandoned, costCap)) {
            return certified.selection();
        }
        exactRuns++;
        if (exact == null) {
            exact = new EqualSharesRun(setup, false);
        }
        exact.start(budgetNumerator, budgetDenominator);
        exact.finish(abandoned, costCap);
        return exact.selection();
    }

    /** How many runs of this lane were computed exactly (for tests of the fallback). */
    int exactRuns() {
        return exactRuns;
    }
}
