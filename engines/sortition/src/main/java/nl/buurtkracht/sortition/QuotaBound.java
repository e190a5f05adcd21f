// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/**
 * One side of one quota, as part of a conflict.
 *
 * @param feature the feature
 * @param value the value
 * @param side whether the minimum or the maximum is meant
 * @param limit the bound itself
 */
public record QuotaBound(String feature, String value, Side side, int limit) {

    /** The side of a quota. */
    public enum Side {
        MIN, MAX
    }

    @Override
    public String toString() {
        return "%s=%s %s %d".formatted(this.feature, this.value, this.side == Side.MIN ? ">=" : "<=", this.limit);
    }
}
