// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One person in the pool: a pseudonymous id, one value per feature and, optionally, a household key.
 * Respondents who share a household key are never selected together (the household rule).
 *
 * @param id the pseudonymous id, unique in the pool
 * @param features the value of every feature, by feature name
 * @param household the household key (for example a BAG id, or postcode plus house number), or
 *     {@code null} when the person shares no household with anyone in the pool
 */
public record Respondent(String id, Map<String, String> features, @Nullable String household) {

    public Respondent {
        if (id.isBlank()) {
            throw new IllegalArgumentException("respondent id must not be blank");
        }
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        if (household != null && household.isBlank()) {
            household = null;
        }
    }

    /** A respondent without household key. */
    public static Respondent of(String id, Map<String, String> features) {
        return new Respondent(id, features, null);
    }

    /** The household key, if any. */
    public Optional<String> householdKey() {
        return Optional.ofNullable(this.household);
    }
}
