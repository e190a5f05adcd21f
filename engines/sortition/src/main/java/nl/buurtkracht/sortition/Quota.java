// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import org.jspecify.annotations.Nullable;

/**
 * The quota of one feature value: the panel must hold between {@code min} and {@code max} people with
 * value {@code value} for feature {@code feature}. A {@code max} of 0 removes everyone with that value.
 *
 * @param feature the feature (category), for example {@code gender}
 * @param value the value, for example {@code vrouw}
 * @param min the smallest number of panel members with this value
 * @param max the largest number of panel members with this value
 * @param flex the absolute limits a relaxation may move {@code min} and {@code max} to, or {@code null}
 *     when none were given (then {@code 0} and the largest sum of maxima of one feature are used)
 */
public record Quota(String feature, String value, int min, int max, @Nullable Flex flex) {

    /**
     * Absolute limits for relaxing a quota: a relaxation may lower {@code min} down to {@code minFlex}
     * and raise {@code max} up to {@code maxFlex}.
     *
     * @param minFlex the lowest allowed minimum, at most {@code min}
     * @param maxFlex the highest allowed maximum, at least {@code max}
     */
    public record Flex(int minFlex, int maxFlex) {
    }

    public Quota {
        requireName(feature, "feature");
        requireName(value, "value");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException(
                    "quota %s=%s needs 0 <= min <= max, got min %d, max %d".formatted(feature, value, min, max));
        }
        if (flex != null && (flex.minFlex() < 0 || flex.minFlex() > min || flex.maxFlex() < max)) {
            throw new IllegalArgumentException(
                    "quota %s=%s needs 0 <= min_flex <= min and max_flex >= max, got min_flex %d, max_flex %d"
                        .formatted(feature, value, flex.minFlex(), flex.maxFlex()));
        }
    }

    /** A quota without relaxation limits. */
    public static Quota of(String feature, String value, int min, int max) {
        return new Quota(feature, value, min, max, null);
    }

    /** This quota with the given absolute relaxation limits. */
    public Quota withFlex(int minFlex, int maxFlex) {
        return new Quota(this.feature, this.value, this.min, this.max, new Flex(minFlex, maxFlex));
    }

    /** {@code feature=value}, as used in messages. */
    public String label() {
        return this.feature + "=" + this.value;
    }

    private static void requireName(String name, String what) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("quota " + what + " must not be blank");
        }
    }
}
