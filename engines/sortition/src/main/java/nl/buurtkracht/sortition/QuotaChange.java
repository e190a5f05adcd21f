// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/**
 * A suggested change of one quota.
 *
 * @param feature the feature
 * @param value the value
 * @param min the current minimum
 * @param max the current maximum
 * @param newMin the suggested minimum
 * @param newMax the suggested maximum
 */
public record QuotaChange(String feature, String value, int min, int max, int newMin, int newMax) {

    @Override
    public String toString() {
        return "%s=%s: min %d -> %d, max %d -> %d".formatted(this.feature, this.value, this.min, this.newMin,
                this.max, this.newMax);
    }
}
