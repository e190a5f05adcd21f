// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

import nl.buurtkracht.sortition.csv.ReplicationFormat;
import nl.buurtkracht.sortition.csv.SortitionFoundationFormat;

/** Test pools: the small files in src/test/resources/pools, random pools, and an independent quota check. */
public final class Pools {

    private Pools() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(Pools.class.getResource("/pools/" + name)).toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Ten people in seven households (by postcode and house number), k = 4. */
    public static SelectionProblem households() {
        return SortitionFoundationFormat.readPeople(resource("households/people.csv"),
                SortitionFoundationFormat.readQuotas(resource("households/features.csv")), 4, "id",
                List.of("postcode", "huisnummer"));
    }

    /** Eight people whose quotas (women ≥ 3 and young ≥ 3 in a panel of 4) cannot be met. */
    public static SelectionProblem infeasible() {
        return SortitionFoundationFormat.readPeople(resource("infeasible/people.csv"),
                SortitionFoundationFormat.readQuotas(resource("infeasible/features.csv")), 4, "id", List.of());
    }

    /** Twelve people with the same features, k = 3. */
    public static SelectionProblem everyoneEqual() {
        return ReplicationFormat.read(resource("equal/categories.csv"), resource("equal/respondents.csv"), 3);
    }

    /** Five people, k = n = 5. */
    public static SelectionProblem wholePool() {
        return SortitionFoundationFormat.readPeople(resource("whole/people.csv"),
                SortitionFoundationFormat.readQuotas(resource("whole/features.csv")), 5, "id", List.of());
    }

    /**
     * A random feasible-looking pool: 2–3 features with 2–3 values, n people, quotas around the
     * expected counts, some people sharing households. The caller prints the seed on failure.
     */
    public static SelectionProblem random(RandomGenerator random, int n, int k, boolean households) {
        int features = 2 + random.nextInt(2);
        List<Quota> quotas = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            int count = 2 + random.nextInt(2);
            List<String> names = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                names.add("v" + v);
            }
            values.add(names);
        }
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> features1 = new HashMap<>();
            for (int f = 0; f < features; f++) {
                List<String> names = values.get(f);
                // skewed: value 0 is over-represented, as with self-selected volunteers
                int v = random.nextDouble() < 0.5 ? 0 : random.nextInt(names.size());
                features1.put("f" + f, names.get(v));
            }
            String household = households && random.nextDouble() < 0.3 ? "h" + random.nextInt(Math.max(1, n / 3)) : null;
            people.add(new Respondent("r" + i, features1, household));
        }
        for (int f = 0; f < features; f++) {
            for (String value : values.get(f)) {
                int share = k / values.get(f).size();
                quotas.add(Quota.of("f" + f, value, Math.max(0, share - 1), Math.min(k, share + 2)));
            }
        }
        SelectionProblem.Builder builder = SelectionProblem.builder(quotas).panelSize(k);
        people.forEach(builder::respondent);
        return builder.build();
    }

    /** Whether a panel has k distinct members, meets every quota and has at most one person per household. */
    public static boolean meetsQuotas(SelectionProblem problem, Panel panel) {
        Map<String, Respondent> byId = new HashMap<>();
        problem.respondents().forEach(r -> byId.put(r.id(), r));
        if (panel.size() != problem.panelSize() || new HashSet<>(panel.members()).size() != panel.size()) {
            return false;
        }
        Set<String> households = new HashSet<>();
        for (String id : panel.members()) {
            String household = byId.get(id).household();
            if (household != null && !households.add(household)) {
                return false;
            }
        }
        for (Quota quota : problem.quotas()) {
            long count = panel.members().stream()
                .filter(id -> quota.value().equals(byId.get(id).features().get(quota.feature()))).count();
            if (count < quota.min() || count > quota.max()) {
                return false;
            }
        }
        return true;
    }
}
