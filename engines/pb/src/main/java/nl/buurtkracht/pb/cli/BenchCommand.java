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
 * time next to pabutools' {@code cpu_seconds} and the ratio, as Markdown tables (per pair, then per rule). Each sample repeats a fast rule
 * until it has run for a few milliseconds, so that timer resolution does not distort microsecond timings.
 */
final class BenchCommand {

    private static final Set<String> OPTIONS =
            Set.of("data", "rules", "files", "runs", "warmup", "warmup-ms", "explain");
    private static final long SAMPLE_NANOS = 20_000_000;
    /**
     * Warm-up time per pair by default. With 0.4 s, the first pair measured in a JVM was up to 2.5 times slower than
     * the same pair measured again later (Amsterdam 166 mes_card 0.55 ms, then 0.14–0.22 ms): the JIT compiler had
     * not finished.
     */
    private static final int DEFAULT_WARMUP_MILLIS = 1500;
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
        long warmupNanos = Math.max(0, arguments.intOption("warmup-ms", DEFAULT_WARMUP_MILLIS)) * 1_000_000L;
        String filter = arguments.option("files", "");
        boolean explain = arguments.flag("explain");
        Map<String, @Nullable Object> expected = (Map<String, @Nullable Object>) Json.parse(
                Files.readString(data.resolve("expected.json")));
        List<Instance> instances = new ArrayList<>();
        for (Map.Entry<String, @Nullable Object> entry : expected.entrySet()) {
            if (entry.getKey().contains(filter)) {
                Path file = data.resolve(entry.getKey());
                warmUp(warmup, warmupNanos, () -> PabulibReader.read(file));
                double parse = median(runs, () -> PabulibReader.read(file));
                instances.add(new Instance(file, PabulibReader.read(file), parse,
                        (Map<String, @Nullable Object>) entry.getValue()));
            }
        }
        instances.sort(Comparator.comparingLong(instance -> size(instance.file())));
        out.println("| instance | rule | median ms | with parse ms | pabutools cpu s | ratio |");
        out.println("|---|---|---:|---:|---:|---:|");
        SpeedUps speedUps = new SpeedUps();
        for (Instance instance : instances) {
            for (String rule : rules(instance.profile(), arguments.option("rules", "reference"))) {
                VotingRule votingRule = VotingRules.create(rule);
                Work work = explain ? () -> votingRule.apply(instance.profile()) : () -> votingRule.select(instance.profile());
                warmUp(warmup, warmupNanos, work);
                double millis = median(runs, work);
                BigDecimal cpu = cpuSeconds(instance.reference().get(rule));
                if (cpu != null && cpu.signum() > 0) {
                    speedUps.add(rule, name(instance), cpu.doubleValue() * 1000 / millis);
                }
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name(instance), rule, format(millis),
                        format(millis + instance.parseMillis()), reference(instance.reference().get(rule)),
                        ratio(cpu, millis));
            }
        }
        out.println();
        speedUps.print(out);
        out.println();
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

    /**
     * Runs the work at least {@code times} times and for at least {@code nanos}, so that the JIT has compiled it
     * before it is measured (microsecond rules need thousands of calls for that).
     */
    private static void warmUp(int times, long nanos, Work work) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < times || System.nanoTime() - start < nanos; i++) {
            work.run();
        }
    }

    /**
     * The median over {@code runs} samples of the time of one execution, in milliseconds. A sample repeats the work as
     * often as fits in about {@value #SAMPLE_NANOS} ns (counted once up front), so that microsecond timings are not
     * lost in timer resolution.
     */
    private static double median(int runs, Work work) throws IOException {
        int repeat = 0;
        long start = System.nanoTime();
        while (repeat < 100_000 && (repeat == 0 || System.nanoTime() - start < SAMPLE_NANOS)) {
            work.run();
            repeat++;
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            for (int j = 0; j < repeat; j++) {
                work.run();
            }
            samples[i] = (System.nanoTime() - begin) / 1e6 / repeat;
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
