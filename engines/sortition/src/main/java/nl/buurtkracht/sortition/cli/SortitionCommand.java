// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.buurtkracht.sortition.InfeasibilityReport;
import nl.buurtkracht.sortition.InfeasibleQuotasException;
import nl.buurtkracht.sortition.LegacySelection;
import nl.buurtkracht.sortition.LeximinSelection;
import nl.buurtkracht.sortition.MaximinSelection;
import nl.buurtkracht.sortition.PanelDistribution;
import nl.buurtkracht.sortition.SelectionAlgorithm;
import nl.buurtkracht.sortition.Selection;
import nl.buurtkracht.sortition.SelectionProblem;
import nl.buurtkracht.sortition.SelectionTimeoutException;
import nl.buurtkracht.sortition.SolverSettings;
import nl.buurtkracht.sortition.WeightedPanel;
import nl.buurtkracht.sortition.csv.ReplicationFormat;
import nl.buurtkracht.sortition.csv.SortitionFoundationFormat;
import nl.buurtkracht.sortition.csv.SortitionFormatException;

/**
 * {@code java -jar buurtkracht-sortition.jar select|bench ...}. Exit codes: 0 success, 1 unreadable or
 * malformed input, 2 usage error, 3 infeasible quotas (the report is printed), 4 time limit passed.
 */
public final class SortitionCommand {

    static final String USAGE = """
            usage:
              select --algorithm leximin|maximin|legacy --panel-size K
                     (--features F.csv --people P.csv [--id-column C] [--address-columns A,B]
                      | --categories C.csv --respondents R.csv)
                     [--seed S] [--lottery-panels M] [--format json|text]
              bench  [--data DIR] [--runs R] [--warmup W] [--instances a,b,...] [--algorithms a,b,...] [--merge true|false]
                     [--time-limit SECONDS]
            """;

    private static final Set<String> SELECT_OPTIONS = Set.of("algorithm", "panel-size", "features", "people",
            "id-column", "address-columns", "categories", "respondents", "seed", "lottery-panels", "format");

    private final PrintStream out;

    private final PrintStream err;

    SortitionCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SortitionCommand(System.out, System.err).run(args));
    }

    int run(String[] args) {
        try {
            if (args.length == 0) {
                throw new Arguments.UsageException("no command given");
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "select" -> select(new Arguments(options, SELECT_OPTIONS));
                case "bench" -> new Benchmark(this.out).run(new Arguments(options, Benchmark.OPTIONS));
                case "help", "--help", "-h" -> {
                    this.out.print(USAGE);
                    yield 0;
                }
                default -> throw new Arguments.UsageException("unknown command " + args[0]);
            };
        }
        catch (Arguments.UsageException ex) {
            this.err.println("error: " + ex.getMessage());
            this.err.print(USAGE);
            return 2;
        }
        catch (SortitionFormatException | UncheckedIOException ex) {
            this.err.println("error: " + ex.getMessage());
            return 1;
        }
        catch (SelectionTimeoutException ex) {
            this.err.println("error: " + ex.getMessage());
            return 4;
        }
    }

    private int select(Arguments arguments) {
        SelectionAlgorithm algorithm = algorithm(arguments.require("algorithm"), SolverSettings.defaults());
        int panelSize = arguments.integer("panel-size", 0);
        if (panelSize < 1) {
            throw new Arguments.UsageException("--panel-size must be a positive whole number");
        }
        String format = arguments.get("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new Arguments.UsageException("--format must be json or text");
        }
        SelectionProblem problem = readProblem(arguments, panelSize);
        long seed = arguments.has("seed") ? arguments.longValue("seed") : new SecureRandom().nextLong();
        int lotteryPanels = arguments.integer("lottery-panels", 0);
        if (arguments.has("lottery-panels") && lotteryPanels < 1) {
            throw new Arguments.UsageException("--lottery-panels must be a positive whole number");
        }
        long start = System.nanoTime();
        Selection selection;
        try {
            selection = lotteryPanels > 0 ? algorithm.select(problem, seed, lotteryPanels)
                    : algorithm.select(problem, seed);
        }
        catch (InfeasibleQuotasException ex) {
            printInfeasible(ex.report(), format);
            return 3;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        this.out.println(format.equals("json") ? Json.write(json(selection, millis)) : text(selection, millis));
        return 0;
    }

    static SelectionAlgorithm algorithm(String name, SolverSettings settings) {
        return switch (name) {
            case "leximin" -> new LeximinSelection(settings);
            case "maximin" -> new MaximinSelection(settings);
            case "legacy" -> new LegacySelection();
            default -> throw new Arguments.UsageException("--algorithm must be leximin, maximin or legacy, got " + name);
        };
    }

    private static SelectionProblem readProblem(Arguments arguments, int panelSize) {
        boolean foundation = arguments.has("features") || arguments.has("people");
        boolean replication = arguments.has("categories") || arguments.has("respondents");
        if (foundation == replication) {
            throw new Arguments.UsageException(
                    "give either --features and --people, or --categories and --respondents");
        }
        if (replication) {
            if (arguments.has("id-column") || arguments.has("address-columns")) {
                throw new Arguments.UsageException("--id-column and --address-columns need --features and --people");
            }
            return ReplicationFormat.read(Path.of(arguments.require("categories")),
                    Path.of(arguments.require("respondents")), panelSize);
        }
        String addresses = arguments.get("address-columns");
        List<String> addressColumns = addresses == null ? List.of()
                : Arrays.stream(addresses.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return SortitionFoundationFormat.readPeople(Path.of(arguments.require("people")),
                SortitionFoundationFormat.readQuotas(Path.of(arguments.require("features"))), panelSize,
                arguments.get("id-column", SortitionFoundationFormat.DEFAULT_ID_COLUMN), addressColumns);
    }

    static Map<String, Object> json(Selection selection, long millis) {
        PanelDistribution distribution = selection.distribution();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("algorithm", distribution.algorithm());
        json.put("panelSize", distribution.panelSize());
        json.put("poolSize", distribution.poolSize());
        json.put("minProbability", distribution.minProbability());
        json.put("maxProbability", distribution.maxProbability());
        json.put("probabilities", distribution.probabilities());
        json.put("panel", selection.panel().members());
        json.put("seed", selection.seed());
        List<Object> panels = new ArrayList<>();
        for (WeightedPanel panel : distribution.panels()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("probability", panel.probability());
            entry.put("panel", panel.panel().members());
            panels.add(entry);
        }
        json.put("distribution", panels);
        json.put("millis", millis);
        selection.lotteryOutcome().ifPresent(outcome -> {
            Map<String, Object> lottery = new LinkedHashMap<>();
            lottery.put("panels", outcome.lottery().size());
            lottery.put("winningNumber", outcome.winningNumber());
            lottery.put("roundingSeed", outcome.lottery().roundingSeed());
            lottery.put("list", outcome.lottery().panels().stream().map(p -> p.members()).toList());
            json.put("lottery", lottery);
        });
        json.put("probabilitiesEstimated", distribution.estimated());
        json.put("solverSeed", distribution.solverSeed());
        json.put("excluded", distribution.excluded());
        json.put("unreachable", distribution.unreachable());
        json.put("warnings", distribution.warnings());
        return json;
    }

    private static String text(Selection selection, long millis) {
        PanelDistribution distribution = selection.distribution();
        StringBuilder text = new StringBuilder();
        text.append("algorithm:        ").append(distribution.algorithm()).append('\n');
        text.append("pool size n:      ").append(distribution.poolSize()).append('\n');
        text.append("panel size k:     ").append(distribution.panelSize()).append('\n');
        text.append("min probability:  %.6f%n".formatted(distribution.minProbability()));
        text.append("max probability:  %.6f%n".formatted(distribution.maxProbability()));
        text.append("panels in support: ").append(distribution.panels().size()).append('\n');
        text.append("seed:             ").append(selection.seed()).append('\n');
        selection.lotteryOutcome().ifPresent(outcome -> text.append("lottery:          number %d of %d%n"
            .formatted(outcome.winningNumber(), outcome.lottery().size())));
        text.append("panel:            ").append(String.join(", ", selection.panel().members())).append('\n');
        text.append("time:             ").append(millis).append(" ms\n");
        distribution.warnings().forEach(w -> text.append("note:             ").append(w).append('\n'));
        text.append("probabilities:\n");
        distribution.probabilities().forEach((id, p) -> text.append("  %-20s %.6f%n".formatted(id, p)));
        return text.toString().stripTrailing();
    }

    private void printInfeasible(InfeasibilityReport report, String format) {
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("error", "infeasible quotas");
            json.put("conflict", report.conflict().stream().map(Object::toString).toList());
            json.put("relaxable", report.relaxable());
            json.put("relaxation", report.relaxation().stream().map(c -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("feature", c.feature());
                change.put("value", c.value());
                change.put("min", c.min());
                change.put("max", c.max());
                change.put("newMin", c.newMin());
                change.put("newMax", c.newMax());
                return change;
            }).toList());
            this.out.println(Json.write(json));
        }
        this.err.println(report.describe());
    }
}
