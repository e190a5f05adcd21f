// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ballot rules of a vote (Pabulib {@code META} keys {@code min_length}, {@code max_sum_cost}, ...).
 *
 * <p>They are used to validate ballots, never by the voting rules. A {@code null} component means "no limit".
 * Cost limits are in currency units (like the Pabulib budget), not minor units. An approval vote with a knapsack
 * limit ("choose projects worth at most the budget") is an approval vote with {@code maxSumCost}.
 *
 * @param minLength fewest projects on a ballot
 * @param maxLength most projects on a ballot
 * @param minSumCost lowest total cost of the approved projects
 * @param maxSumCost highest total cost of the approved projects (the knapsack limit)
 * @param minPoints lowest points for one project
 * @param maxPoints highest points for one project
 * @param minSumPoints lowest total of points
 * @param maxSumPoints highest total of points
 */
public record BallotConstraints(
        @Nullable Integer minLength, @Nullable Integer maxLength,
        @Nullable BigDecimal minSumCost, @Nullable BigDecimal maxSumCost,
        @Nullable BigDecimal minPoints, @Nullable BigDecimal maxPoints,
        @Nullable BigDecimal minSumPoints, @Nullable BigDecimal maxSumPoints) {

    /** No constraints at all. */
    public static final BallotConstraints NONE = new BallotConstraints(null, null, null, null, null, null, null, null);

    /** Approval ballots of at most {@code maxSumCost} currency units in total (a knapsack ballot). */
    public static BallotConstraints knapsack(BigDecimal maxSumCost) {
        return new BallotConstraints(null, null, null, maxSumCost, null, null, null, null);
    }

    /** Ballots listing between {@code min} and {@code max} projects. */
    public static BallotConstraints length(int min, int max) {
        return new BallotConstraints(min, max, null, null, null, null, null, null);
    }

    /** Cumulative ballots distributing at most {@code maxSumPoints} points. */
    public static BallotConstraints cumulative(BigDecimal maxSumPoints) {
        return new BallotConstraints(null, null, null, null, null, null, null, maxSumPoints);
    }

    /**
     * Checks one ballot against these constraints.
     *
     * @return a description of the first violated constraint, or empty when the ballot is valid
     */
    public Optional<String> violation(Ballot ballot, Instance instance) {
        int length = ballot.projectIds().size();
        if (minLength != null && length < minLength) {
            return Optional.of("lists " + length + " projects, fewer than " + minLength);
        }
        if (maxLength != null && length > maxLength) {
            return Optional.of("lists " + length + " projects, more than " + maxLength);
        }
        BigDecimal cost = BigDecimal.ZERO;
        for (String id : ballot.projectIds()) {
            int index = instance.indexOf(id);
            if (index < 0) {
                return Optional.of("lists unknown project " + id);
            }
            cost = cost.add(instance.toDecimal(instance.project(index).cost()));
        }
        if (minSumCost != null && cost.compareTo(minSumCost) < 0) {
            return Optional.of("costs " + cost.toPlainString() + " in total, less than " + minSumCost.toPlainString());
        }
        if (maxSumCost != null && cost.compareTo(maxSumCost) > 0) {
            return Optional.of("costs " + cost.toPlainString() + " in total, more than " + maxSumCost.toPlainString());
        }
        return pointsViolation(ballot);
    }

    private Optional<String> pointsViolation(Ballot ballot) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal points : ballot.points()) {
            if (minPoints != null && points.compareTo(minPoints) < 0) {
                return Optional.of("gives " + points.toPlainString() + " points, less than " + minPoints.toPlainString());
            }
            if (maxPoints != null && points.compareTo(maxPoints) > 0) {
                return Optional.of("gives " + points.toPlainString() + " points, more than " + maxPoints.toPlainString());
            }
            sum = sum.add(points);
        }
        if (minSumPoints != null && sum.compareTo(minSumPoints) < 0) {
            return Optional.of("gives " + sum.toPlainString() + " points in total, less than " + minSumPoints.toPlainString());
        }
        if (maxSumPoints != null && sum.compareTo(maxSumPoints) > 0) {
            return Optional.of("gives " + sum.toPlainString() + " points in total, more than " + maxSumPoints.toPlainString());
        }
        return Optional.empty();
    }

    /** These constraints as Pabulib {@code META} entries, in the usual key order, leaving out absent ones. */
    public Map<String, String> asMeta() {
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "min_length", minLength);
        put(meta, "max_length", maxLength);
        put(meta, "min_sum_cost", minSumCost);
        put(meta, "max_sum_cost", maxSumCost);
        put(meta, "min_points", minPoints);
        put(meta, "max_points", maxPoints);
        put(meta, "min_sum_points", minSumPoints);
        put(meta, "max_sum_points", maxSumPoints);
        return meta;
    }

    private static void put(Map<String, String> meta, String key, @Nullable Object value) {
        if (value != null) {
            meta.put(key, value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
    }
}
