// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleName;
import nl.buurtkracht.pb.VoteType;
import nl.buurtkracht.pb.VotingRule;
import nl.buurtkracht.pb.pabulib.PabulibReader;
import nl.buurtkracht.pb.rule.MinimumProjectScore;
import nl.buurtkracht.pb.rule.VotingRules;
import org.jspecify.annotations.Nullable;

/**
 * {@code bench}: runs every rule on every instance of {@code expected.json} after a warm-up and prints the median
 * time next to pabutools' {@code cpu_seconds} and the ratio, as a Markdown table. Each sample repeats a fast rule
 * until it has run for a few milliseconds, so that timer resolution does not distort microsecond timings.
 */
final class BenchCommand {

    private static final Set<String> OPTIONS = Set.of("data", "rules", "files", "runs", "warmup");
    private static final long SAMPLE_NANOS = 20_000_000;
    private static final List<String> REFERENCE_RULES = Arrays.stream(RuleName.values())
            .limit(RuleName.MES_COST_EXH1PCT_THEN_GREEDY.ordinal() + 1).map(RuleName::key).toList();

    private final Arguments arguments;

    BenchCommand(Arguments arguments) {
        this.arguments = arguments.allowOnly(OPTIONS);
    }

    /** One instance with the pabutools reference data. */
    private record Instance(Path file, Profile profile, double parseMillis, Map<String, @Nullable Object> reference) {
    }

    @SuppressWarnings("unchecked")
    int run(PrintStream out) throws IOException {
        Path data = Path.of(arguments.option("data", "../shared/data/pabulib"));
        int runs = Math.max(1, arguments.intOption("runs", 7));
        int warmup = Math.max(0, arguments.intOption("warmup", 3));
        String filter = arguments.option("files", "");
        Map<String, @Nullable Object> expected = (Map<String, @Nullable Object>) Json.parse(
                Files.readString(data.resolve("expected.json")));
        List<Instance> instances = new ArrayList<>();
        for (Map.Entry<String, @Nullable Object> entry : expected.entrySet()) {
            if (entry.getKey().contains(filter)) {
                Path file = data.resolve(entry.getKey());
                double parse = median(runs, () -> PabulibReader.read(file));
                instances.add(new Instance(file, PabulibReader.read(file), parse,
                        (Map<String, @Nullable Object>) entry.getValue()));
            }
        }
        instances.sort(Comparator.comparingLong(instance -> size(instance.file())));
        out.println("| instance | rule | median ms | pabutools cpu s | ratio |");
        out.println("|---|---|---:|---:|---:|");
        double worst = Double.MAX_VALUE;
        String worstPair = "";
        for (Instance instance : instances) {
            for (String rule : rules(instance.profile(), arguments.option("rules", "reference"))) {
                VotingRule votingRule = VotingRules.create(rule);
                for (int i = 0; i < warmup; i++) {
                    votingRule.apply(instance.profile());
                }
                double millis = median(runs, () -> votingRule.apply(instance.profile()));
                BigDecimal cpu = cpuSeconds(instance.reference().get(rule));
                String ratio = ratio(cpu, millis);
                if (cpu != null && cpu.signum() > 0 && cpu.doubleValue() * 1000 / millis < worst) {
                    worst = cpu.doubleValue() * 1000 / millis;
                    worstPair = name(instance) + " × " + rule;
                }
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name(instance), rule, format(millis),
                        reference(instance.reference().get(rule)), ratio);
            }
        }
        out.printf(Locale.ROOT, "%nWorst ratio: %.0f× (%s)%n%n", worst, worstPair);
        out.println("| instance | parse ms | pabutools parse cpu s |");
        out.println("|---|---:|---:|");
        for (Instance instance : instances) {
            Object meta = instance.reference().get("_meta");
            Object parse = meta instanceof Map<?, ?> map ? map.get("parse_cpu_seconds") : null;
            out.printf(Locale.ROOT, "| %s | %s | %s |%n", name(instance), format(instance.parseMillis()),
                    parse == null ? "-" : parse.toString());
        }
        return 0;
    }

    /** The rules to run: {@code reference} (the twelve pabutools keys), {@code all}, or a comma-separated list. */
    private static List<String> rules(Profile profile, String selection) {
        List<String> wanted = selection.equals("reference") ? REFERENCE_RULES
                : selection.equals("all") ? Arrays.stream(RuleName.values()).map(RuleName::key).toList()
                : Arrays.asList(selection.split(","));
        List<String> rules = new ArrayList<>();
        for (String key : wanted) {
            if (applies(RuleName.fromKey(key), profile)) {
                rules.add(key);
            }
        }
        return rules;
    }

    private static boolean applies(RuleName rule, Profile profile) {
        VoteType type = profile.voteType();
        return switch (rule) {
            case GREEDY_POINTS, MES_POINTS, MAX_WELFARE_POINTS -> type.hasPoints();
            case SEQ_PHRAGMEN -> type.isApproval();
            case GREEDY_COST_THRESHOLD -> profile.instance().meta().containsKey(MinimumProjectScore.META_KEY);
            default -> true;
        };
    }

    /** Interface for timed work that may throw. */
    private interface Work {
        Object run() throws IOException;
    }

    /** The median over {@code runs} samples of the time of one execution, in milliseconds. */
    private static double median(int runs, Work work) throws IOException {
        double[] samples = new double[runs];
        long once = System.nanoTime();
        work.run();
        long single = Math.max(1, System.nanoTime() - once);
        int repeat = (int) Math.max(1, Math.min(100_000, SAMPLE_NANOS / single));
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < repeat; j++) {
                work.run();
            }
            samples[i] = (System.nanoTime() - start) / 1e6 / repeat;
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    private static @Nullable BigDecimal cpuSeconds(@Nullable Object reference) {
        return reference instanceof Map<?, ?> map && map.get("cpu_seconds") instanceof BigDecimal cpu ? cpu : null;
    }

    private static String reference(@Nullable Object reference) {
        if (!(reference instanceof Map<?, ?> map)) {
            return "not run";
        }
        if (map.get("cpu_seconds") instanceof BigDecimal cpu) {
            return cpu.toPlainString();
        }
        return Boolean.TRUE.equals(map.get("timeout")) ? "timeout (" + map.get("seconds") + " s)" : "error";
    }

    private static String ratio(@Nullable BigDecimal cpu, double millis) {
        if (cpu == null) {
            return "-";
        }
        if (cpu.signum() == 0) {
            return "n/a (0 s)";
        }
        return String.format(Locale.ROOT, "%.0f×", cpu.doubleValue() * 1000 / millis);
    }

    private static String format(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : millis >= 1 ? String.format(Locale.ROOT, "%.2f", millis) : String.format(Locale.ROOT, "%.4f", millis);
    }

    private static String name(Instance instance) {
        return instance.file().getFileName().toString().replaceFirst("\\.pb$", "");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return 0;
        }
    }
}
