// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.pb.cli.Json;
import org.jspecify.annotations.Nullable;

/**
 * The pabutools 1.2.3 reference outcomes of {@code ../shared/data/pabulib/expected.json}, one per (file, rule)
 * pair with a result. Entries marked {@code timeout} or {@code error} are not references and are left out.
 *
 * @param file the instance file
 * @param rule the rule key
 * @param selected the expected selected project ids
 * @param totalCost the expected total cost
 * @param cpuSeconds pabutools' CPU time for the rule
 */
public record ReferenceOutcomes(Path file, String rule, Set<String> selected, BigDecimal totalCost,
        BigDecimal cpuSeconds) {

    /** All reference pairs, in file order. */
    @SuppressWarnings("unchecked")
    public static List<ReferenceOutcomes> all(Path directory) throws IOException {
        Map<String, @Nullable Object> root = (Map<String, @Nullable Object>) Json.parse(
                Files.readString(directory.resolve("expected.json")));
        List<ReferenceOutcomes> cases = new ArrayList<>();
        root.forEach((file, entry) -> ((Map<String, @Nullable Object>) entry).forEach((rule, result) -> {
            Map<String, @Nullable Object> outcome = (Map<String, @Nullable Object>) result;
            if (!rule.equals("_meta") && outcome.containsKey("selected")) {
                Set<String> selected = new HashSet<>();
                ((List<Object>) outcome.get("selected")).forEach(id -> selected.add(id instanceof BigDecimal number
                        ? number.toPlainString() : (String) id));
                cases.add(new ReferenceOutcomes(directory.resolve(file), rule, selected,
                        new BigDecimal((String) outcome.get("total_cost")), (BigDecimal) outcome.get("cpu_seconds")));
            }
        }));
        return cases;
    }

    @Override
    public String toString() {
        return file.getFileName() + " × " + rule;
    }
}
