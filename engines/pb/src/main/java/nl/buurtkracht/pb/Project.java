// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A project that can be funded: its id, its cost and any descriptive attributes (name, category, ...).
 *
 * <p>The id is both the identity and the key of the default tie-breaking ({@link TieBreaking#ID_ORDER},
 * code-point order). The cost is a whole number of minor units of its {@link Instance} (euro cents when
 * {@link Instance#decimals()} is 2). Attributes are kept as strings in insertion order so that a Pabulib file
 * round-trips; they never influence a rule.
 *
 * @param id non-blank, without commas or surrounding whitespace, and not {@code none}
 * @param cost non-negative cost in minor units
 * @param attributes extra columns, for example {@code name}, {@code category} or {@code votes}
 */
public record Project(String id, long cost, Map<String, String> attributes) {

    /** Creates a project, checking the id, the cost and the attribute names. */
    public Project {
        requireValidId(id);
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        for (String key : attributes.keySet()) {
            if (key.equals("project_id") || key.equals("cost") || key.isBlank()) {
                throw new IllegalArgumentException("project " + id + " has a reserved attribute name: '" + key + "'");
            }
        }
    }

    /** A project with a name and no other attributes; the usual way to build one in code. */
    public static Project of(String id, String name, long cost) {
        return new Project(id, cost, Map.of("name", name));
    }

    /** The {@code name} attribute, or the empty string when there is none. */
    public String name() {
        return attributes.getOrDefault("name", "");
    }

    static void requireValidId(String id) {
        if (id.isEmpty() || !id.strip().equals(id) || id.indexOf(',') >= 0
                || id.toLowerCase(Locale.ROOT).equals("none")) {
            throw new IllegalArgumentException("invalid project id '" + id
                    + "': it must be non-empty, without commas or surrounding whitespace, and not 'none'");
        }
    }
}
