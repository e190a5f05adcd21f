// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Settings of the optimisation-based algorithms ({@link LeximinSelection}, {@link MaximinSelection}).
 *
 * <p>None of these settings affects the draw seed: the distribution is computed before the public seed
 * is known, so it depends only on the problem and on these settings. With {@code workers = 1} (the
 * default) CP-SAT and GLOP are deterministic, so the same problem and settings give the same distribution
 * with the same OR-Tools version.
 *
 * @param seed the seed of the solvers' own randomness (the initial multiplicative weights and CP-SAT)
 * @param workers the number of CP-SAT workers, between 1 and the available processors
 * @param mergeInterchangeable whether to merge respondents with equal features and no housemates into
 *     classes before solving (exact; see {@code CompiledProblem}); {@code false} solves one binary per
 *     person, as the reference implementation does
 * @param pricingTolerance a new panel is added when it violates the dual by more than this
 * @param positiveDual a dual value above this counts as positive when fixing probabilities (the
 *     reference implementation's EPS = 5·10⁻⁴)
 * @param timeLimit the wall-clock limit, or {@code null} for none; past it the algorithm throws
 *     {@link SelectionTimeoutException}
 */
public record SolverSettings(long seed, int workers, boolean mergeInterchangeable, double pricingTolerance,
        double positiveDual, @Nullable Duration timeLimit) {

    public SolverSettings {
        int processors = Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > processors) {
            throw new IllegalArgumentException(
                    "workers must be between 1 and the %d available processors, got %d".formatted(processors, workers));
        }
        if (!(pricingTolerance > 0 && pricingTolerance < 0.01)) {
            throw new IllegalArgumentException("pricingTolerance must be in (0, 0.01), got " + pricingTolerance);
        }
        if (!(positiveDual > 0 && positiveDual < 0.01)) {
            throw new IllegalArgumentException("positiveDual must be in (0, 0.01), got " + positiveDual);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
    }

    /** Seed 0, one worker, classes merged, pricing tolerance 10⁻⁶, positive dual 5·10⁻⁴, no time limit. */
    public static SolverSettings defaults() {
        return new SolverSettings(0, 1, true, 1e-6, 5e-4, null);
    }

    public SolverSettings withSeed(long seed) {
        return new SolverSettings(seed, this.workers, this.mergeInterchangeable, this.pricingTolerance,
                this.positiveDual, this.timeLimit);
    }

    public SolverSettings withWorkers(int workers) {
        return new SolverSettings(this.seed, workers, this.mergeInterchangeable, this.pricingTolerance,
                this.positiveDual, this.timeLimit);
    }

    public SolverSettings withMergeInterchangeable(boolean merge) {
        return new SolverSettings(this.seed, this.workers, merge, this.pricingTolerance, this.positiveDual,
                this.timeLimit);
    }

    public SolverSettings withPricingTolerance(double tolerance) {
        return new SolverSettings(this.seed, this.workers, this.mergeInterchangeable, tolerance, this.positiveDual,
                this.timeLimit);
    }

    public SolverSettings withTimeLimit(@Nullable Duration limit) {
        return new SolverSettings(this.seed, this.workers, this.mergeInterchangeable, this.pricingTolerance,
                this.positiveDual, limit);
    }
}
