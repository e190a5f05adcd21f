// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.buurtkracht.sortition.PanelDistribution;
import nl.buurtkracht.sortition.SelectionProblem;
import nl.buurtkracht.sortition.SelectionTimeoutException;
import nl.buurtkracht.sortition.SolverSettings;
import nl.buurtkracht.sortition.csv.ReplicationFormat;
import nl.buurtkracht.sortition.csv.SortitionFoundationFormat;

/**
 * {@code bench}: runs each algorithm on each public instance several times in one JVM, after untimed
 * warm-up runs (which load OR-Tools and warm the JIT), and prints the median wall-clock time of the timed
 * runs and the minimum probability.
 */
final class Benchmark {

    static final Set<String> OPTIONS = Set.of("data", "runs", "warmup", "instances", "algorithms", "merge", "time-limit");

    static final List<String> INSTANCES = List.of("sf_fixture_22", "example_small_20", "example_large_200");

    private final PrintStream out;

    Benchmark(PrintStream out) {
        this.out = out;
    }

    int run(Arguments arguments) {
        Path data = Path.of(arguments.get("data", System.getProperty("shared.data", "../shared/data")), "sortition");
        if (!Files.isDirectory(data)) {
            throw new Arguments.UsageException("no sortition data at " + data + " (use --data DIR)");
        }
        int runs = arguments.integer("runs", 5);
        int warmup = arguments.integer("warmup", 1);
        if (runs < 1 || warmup < 0) {
            throw new Arguments.UsageException("--runs must be positive and --warmup not negative");
        }
        List<String> instances = list(arguments.get("instances", String.join(",", INSTANCES)));
        List<String> algorithms = list(arguments.get("algorithms", "leximin,maximin"));
        SolverSettings settings = SolverSettings.defaults()
            .withMergeInterchangeable(Boolean.parseBoolean(arguments.get("merge", "true")));
        int limit = arguments.integer("time-limit", 0);
        if (limit > 0) {
            settings = settings.withTimeLimit(Duration.ofSeconds(limit));
        }
        this.out.printf("%-18s %-8s %5s %4s %6s %12s %10s  %s%n", "instance", "algo", "n", "k", "runs", "median ms",
                "min prob", "all runs (ms)");
        for (String instance : instances) {
            SelectionProblem problem = load(data, instance);
            for (String name : algorithms) {
                long[] millis = new long[runs];
                double minimum = 0;
                try {
                    for (int w = 0; w < warmup; w++) {
                        SortitionCommand.algorithm(name, settings).distribution(problem);
                    }
                    for (int r = 0; r < runs; r++) {
                        long start = System.nanoTime();
                        PanelDistribution distribution = SortitionCommand.algorithm(name, settings)
                            .distribution(problem);
                        millis[r] = (System.nanoTime() - start) / 1_000_000;
                        minimum = distribution.minProbability();
                    }
                }
                catch (SelectionTimeoutException ex) {
                    this.out.printf("%-18s %-8s %5d %4d %6s %12s %10s  %s%n", instance, name, problem.poolSize(),
                            problem.panelSize(), "-", "timeout", "-", ex.getMessage());
                    continue;
                }
                long[] sorted = millis.clone();
                Arrays.sort(sorted);
                double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2.0;
                this.out.printf("%-18s %-8s %5d %4d %6d %12.0f %10.6f  %s%n", instance, name, problem.poolSize(),
                        problem.panelSize(), runs, median, minimum, Arrays.toString(millis));
            }
        }
        return 0;
    }

    private static SelectionProblem load(Path data, String instance) {
        return switch (instance) {
            case "sf_fixture_22" -> SortitionFoundationFormat.read(
                    data.resolve("sortition-algorithms/tests/fixtures/features.csv"),
                    data.resolve("sortition-algorithms/tests/fixtures/candidates.csv"), 22);
            case "example_small_20", "example_large_200" -> {
                Path folder = data.resolve("citizensassemblies-replication/data").resolve(instance);
                int k = Integer.parseInt(instance.substring(instance.lastIndexOf('_') + 1));
                yield ReplicationFormat.read(folder.resolve("categories.csv"), folder.resolve("respondents.csv"), k);
            }
            default -> throw new Arguments.UsageException(
                    "unknown instance %s (known: %s)".formatted(instance, String.join(", ", INSTANCES)));
        };
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
