// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkracht.pb.RuleName;

/** The speed-ups over pabutools collected by {@code bench}, summarised per rule (the goal is per rule). */
final class SpeedUps {

    private record SpeedUp(String pair, double ratio) {
    }

    private final Map<String, List<SpeedUp>> byRule = new TreeMap<>(
            Comparator.comparingInt(rule -> RuleName.fromKey(rule).ordinal()));

    void add(String rule, String pair, double ratio) {
        byRule.computeIfAbsent(rule, key -> new ArrayList<>()).add(new SpeedUp(pair, ratio));
    }

    void print(PrintStream out) {
        out.println("| rule | pairs | median ratio | min ratio | slowest pair |");
        out.println("|---|---:|---:|---:|---|");
        SpeedUp worst = null;
        for (Map.Entry<String, List<SpeedUp>> entry : byRule.entrySet()) {
            List<SpeedUp> speedUps = new ArrayList<>(entry.getValue());
            speedUps.sort(Comparator.comparingDouble(SpeedUp::ratio));
            int n = speedUps.size();
            double median = n % 2 == 1 ? speedUps.get(n / 2).ratio()
                    : (speedUps.get(n / 2 - 1).ratio() + speedUps.get(n / 2).ratio()) / 2;
            SpeedUp min = speedUps.get(0);
            out.printf(Locale.ROOT, "| %s | %d | %.0f× | %.0f× | %s |%n", entry.getKey(), n, median, min.ratio(),
                    min.pair());
            worst = worst == null || min.ratio() < worst.ratio() ? min : worst;
        }
        if (worst != null) {
            out.printf(Locale.ROOT, "%nWorst ratio: %.0f× (%s)%n", worst.ratio(), worst.pair());
        }
    }
}
