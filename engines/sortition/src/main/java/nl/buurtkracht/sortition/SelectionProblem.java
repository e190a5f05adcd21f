// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A selection problem: the pool of respondents, the quotas per feature value and the panel size k.
 * Feature names and values match case-insensitively after trimming; respondents are stored with the
 * spelling of the quotas. Respondents sharing a household key form a household of which at most one
 * person may be selected.
 *
 * <p>Build one with {@link #builder(Collection)}; every respondent is checked when it is added, so a
 * reader can report the line of a bad row.
 */
public final class SelectionProblem {

    private final List<Quota> quotas;

    private final List<String> features;

    private final List<Respondent> respondents;

    private final int panelSize;

    private SelectionProblem(Builder builder) {
        this.quotas = List.copyOf(builder.quotas);
        this.features = builder.valuesByFeature.keySet().stream().map(builder.featureSpelling::get).toList();
        this.respondents = List.copyOf(builder.respondents);
        this.panelSize = builder.panelSize;
    }

    /** A builder for a problem with these quotas; their features define the pool's features. */
    public static Builder builder(Collection<Quota> quotas) {
        return new Builder(quotas);
    }

    /** The quotas, in input order. */
    public List<Quota> quotas() {
        return this.quotas;
    }

    /** The feature names, in order of first appearance in the quotas. */
    public List<String> features() {
        return this.features;
    }

    /** The respondents, in input order (the canonical order of ids in panels). */
    public List<Respondent> respondents() {
        return this.respondents;
    }

    /** The panel size k. */
    public int panelSize() {
        return this.panelSize;
    }

    /** The pool size n. */
    public int poolSize() {
        return this.respondents.size();
    }

    /** Whether any two respondents share a household. */
    public boolean hasHouseholds() {
        Map<String, Integer> seen = new HashMap<>();
        for (Respondent respondent : this.respondents) {
            if (respondent.household() != null && seen.merge(respondent.household(), 1, Integer::sum) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the quotas with CP-SAT: empty if some panel meets them, otherwise the conflicting quotas and
     * the smallest relaxation.
     */
    public Optional<InfeasibilityReport> diagnose() {
        return QuotaDiagnosis.feasible(this) ? Optional.empty() : Optional.of(QuotaDiagnosis.diagnose(this));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Collects quotas, respondents and the panel size, checking each as it is added. */
    public static final class Builder {

        private final List<Quota> quotas = new ArrayList<>();

        /** feature key → (value key → quota); insertion-ordered by feature. */
        private final Map<String, Map<String, Quota>> valuesByFeature = new LinkedHashMap<>();

        private final Map<String, String> featureSpelling = new HashMap<>();

        private final List<Respondent> respondents = new ArrayList<>();

        private final Map<String, Integer> rowById = new HashMap<>();

        private int panelSize;

        private Builder(Collection<Quota> quotas) {
            for (Quota quota : quotas) {
                requireUniqueQuota(quota);
                Quota canonical = new Quota(quota.feature().strip(), quota.value().strip(), quota.min(),
                        quota.max(), quota.flex());
                this.quotas.add(canonical);
                this.featureSpelling.putIfAbsent(key(quota.feature()), canonical.feature());
                this.valuesByFeature.computeIfAbsent(key(quota.feature()), f -> new LinkedHashMap<>())
                    .put(key(quota.value()), canonical);
            }
        }

        /** Sets the panel size k (1 ≤ k ≤ n is checked by {@link #build()}). */
        public Builder panelSize(int panelSize) {
            this.panelSize = panelSize;
            return this;
        }

        /** Adds a respondent without household. */
        public Builder respondent(String id, Map<String, String> features) {
            return respondent(new Respondent(id, features, null));
        }

        /**
         * Adds a respondent.
         *
         * @throws IllegalArgumentException for a duplicate id, a missing or unknown feature, or a value
         *     that has no quota
         */
        public Builder respondent(Respondent respondent) {
            String id = respondent.id().strip();
            requireUniqueId(id);
            Map<String, String> canonical = canonicalFeatures(id, respondent.features());
            String household = respondent.household() == null ? null : key(respondent.household());
            this.rowById.put(id, this.respondents.size());
            this.respondents.add(new Respondent(id, canonical, household));
            return this;
        }

        /** The number of respondents added so far. */
        public int size() {
            return this.respondents.size();
        }

        /**
         * The checked problem.
         *
         * @throws IllegalArgumentException if the panel size is not between 1 and the pool size
         */
        public SelectionProblem build() {
            requirePanelSize();
            return new SelectionProblem(this);
        }

        private void requireUniqueQuota(Quota quota) {
            Map<String, Quota> values = this.valuesByFeature.get(key(quota.feature()));
            if (values != null && values.containsKey(key(quota.value()))) {
                throw new IllegalArgumentException("duplicate quota for " + quota.label());
            }
        }

        private void requireUniqueId(String id) {
            Integer earlier = this.rowById.get(id);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "duplicate respondent id '%s' (first seen as respondent %d)".formatted(id, earlier + 1));
            }
        }

        private void requirePanelSize() {
            if (this.panelSize < 1 || this.panelSize > this.respondents.size()) {
                throw new IllegalArgumentException("panel size must be between 1 and the pool size %d, got %d"
                    .formatted(this.respondents.size(), this.panelSize));
            }
        }

        private Map<String, String> canonicalFeatures(String id, Map<String, String> features) {
            Map<String, String> given = new HashMap<>();
            for (Map.Entry<String, String> entry : features.entrySet()) {
                String feature = key(entry.getKey());
                if (!this.valuesByFeature.containsKey(feature)) {
                    throw new IllegalArgumentException(
                            "respondent '%s' has feature '%s', which has no quotas".formatted(id, entry.getKey()));
                }
                if (given.put(feature, entry.getValue()) != null) {
                    throw new IllegalArgumentException(
                            "respondent '%s' gives feature '%s' twice".formatted(id, entry.getKey()));
                }
            }
            Map<String, String> canonical = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Quota>> feature : this.valuesByFeature.entrySet()) {
                String name = this.featureSpelling.get(feature.getKey());
                String value = given.get(feature.getKey());
                if (value == null) {
                    throw new IllegalArgumentException(
                            "respondent '%s' has no value for feature '%s'".formatted(id, name));
                }
                Quota quota = feature.getValue().get(key(value));
                if (quota == null) {
                    throw new IllegalArgumentException("respondent '%s' has value '%s' for feature '%s', which has no quota (known: %s)"
                        .formatted(id, value.strip(), name,
                                String.join(", ", feature.getValue().values().stream().map(Quota::value).toList())));
                }
                canonical.put(name, quota.value());
            }
            return canonical;
        }
    }
}
