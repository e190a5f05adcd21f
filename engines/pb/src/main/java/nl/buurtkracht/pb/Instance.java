// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A participatory-budgeting instance: the projects on the ballot and the budget.
 *
 * <p>All amounts (the budget and every {@link Project#cost()}) are whole numbers of minor units; {@link #decimals()}
 * says how many decimal places a minor unit is (2 for euro cents, 0 for whole euros). Rules compare amounts exactly
 * and never round. {@link #meta()} keeps the Pabulib {@code META} entries (description, country, ...) as strings;
 * rules ignore them.
 *
 * <p>Instances are immutable; build one with {@link #builder()}.
 */
public final class Instance {

    private final List<Project> projects;
    private final Map<String, Integer> indexById;
    private final long budget;
    private final int decimals;
    private final Map<String, String> meta;

    private Instance(List<Project> projects, long budget, int decimals, Map<String, String> meta) {
        if (budget < 0) {
            throw new IllegalArgumentException("the budget is negative: " + budget);
        }
        if (decimals < 0 || decimals > 18) {
            throw new IllegalArgumentException("decimals must be between 0 and 18, not " + decimals);
        }
        this.projects = List.copyOf(projects);
        this.indexById = new HashMap<>();
        for (int i = 0; i < this.projects.size(); i++) {
            if (indexById.putIfAbsent(this.projects.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate project id: " + this.projects.get(i).id());
            }
        }
        this.budget = budget;
        this.decimals = decimals;
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    /** Starts an empty instance with budget 0 and amounts in whole units (0 decimals). */
    public static Builder builder() {
        return new Builder();
    }

    /** The projects, in the order they were added (file order for Pabulib files). */
    public List<Project> projects() {
        return projects;
    }

    /** The number of projects. */
    public int size() {
        return projects.size();
    }

    /** The project at an index of {@link #projects()}. */
    public Project project(int index) {
        return projects.get(index);
    }

    /** The index of the project with this id in {@link #projects()}, or -1 when there is none. */
    public int indexOf(String projectId) {
        Integer index = indexById.get(projectId);
        return index == null ? -1 : index;
    }

    /** The budget limit in minor units. */
    public long budget() {
        return budget;
    }

    /** The number of decimal places of one minor unit: 2 means amounts are hundredths (cents). */
    public int decimals() {
        return decimals;
    }

    /** The Pabulib {@code META} entries in file order; informational only. */
    public Map<String, String> meta() {
        return meta;
    }

    /** An amount in minor units as an exact decimal number of currency units. */
    public BigDecimal toDecimal(long amount) {
        return BigDecimal.valueOf(amount, decimals);
    }

    /** The same instance with another budget limit (in minor units). */
    public Instance withBudget(long newBudget) {
        return new Instance(projects, newBudget, decimals, meta);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Instance that && budget == that.budget && decimals == that.decimals
                && projects.equals(that.projects) && meta.equals(that.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projects, budget, decimals, meta);
    }

    @Override
    public String toString() {
        return "Instance[" + projects.size() + " projects, budget " + toDecimal(budget).toPlainString() + "]";
    }

    /** Collects projects, budget, decimals and meta entries; {@link #build()} checks them. */
    public static final class Builder {

        private final List<Project> projects = new ArrayList<>();
        private final Map<String, String> meta = new LinkedHashMap<>();
        private long budget;
        private int decimals;

        private Builder() {
        }

        /** Sets the budget limit in minor units. */
        public Builder budget(long budgetInMinorUnits) {
            this.budget = budgetInMinorUnits;
            return this;
        }

        /** Sets the number of decimal places of a minor unit (2 for cents). */
        public Builder decimals(int decimalPlaces) {
            this.decimals = decimalPlaces;
            return this;
        }

        /** Adds a project. */
        public Builder project(Project project) {
            projects.add(project);
            return this;
        }

        /** Adds a project with a name and a cost in minor units. */
        public Builder project(String id, String name, long cost) {
            return project(Project.of(id, name, cost));
        }

        /** Adds or replaces a {@code META} entry (for example {@code description} or {@code country}). */
        public Builder meta(String key, String value) {
            meta.put(key, value);
            return this;
        }

        /** Builds the immutable instance; fails on duplicate ids, a negative budget or bad decimals. */
        public Instance build() {
            return new Instance(projects, budget, decimals, meta);
        }
    }
}
