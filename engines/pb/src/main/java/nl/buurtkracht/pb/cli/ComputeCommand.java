// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkracht.pb.Compatibility;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RuleConfig;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.pabulib.PabulibReader;
import nl.buurtkracht.pb.rule.VotingRules;

/** {@code compute}: runs one rule on one Pabulib file and prints the outcome as JSON or text. */
final class ComputeCommand {

    private static final Set<String> OPTIONS = Set.of("rule", "format", "explain", "tie-breaking", "equalshares-net",
            "minimum-score");

    private final Arguments arguments;

    ComputeCommand(Arguments arguments) {
        this.arguments = arguments.allowOnly(OPTIONS);
    }

    int run(PrintStream out) throws IOException {
        if (arguments.positional().size() != 1) {
            throw new Main.UsageException("compute needs exactly one FILE.pb");
        }
        String rule = arguments.option("rule");
        if (rule == null) {
            throw new Main.UsageException("compute needs --rule");
        }
        String format = arguments.option("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new Main.UsageException("--format must be json or text");
        }
        RuleConfig config = config(rule);
        String file = arguments.positional().get(0);
        Profile profile = PabulibReader.read(Path.of(file));
        long start = System.nanoTime();
        Outcome outcome = VotingRules.create(config).apply(profile);
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean explain = arguments.flag("explain");
        out.println(format.equals("json") ? json(file, rule, outcome, millis, explain, profile)
                : ExplanationText.render(profile.instance(), outcome, explain));
        return 0;
    }

    private RuleConfig config(String rule) {
        RuleConfig config = RuleConfig.of(rule);
        String tieBreaking = arguments.option("tie-breaking");
        if (tieBreaking != null) {
            config = config.withTieBreaking(TieBreaking.fromKey(tieBreaking));
        }
        if (arguments.flag("equalshares-net")) {
            config = config.withCompatibility(Compatibility.EQUALSHARES_NET);
        }
        String minimum = arguments.option("minimum-score");
        if (minimum != null) {
            try {
                config = config.withMinimumProjectScore(new BigDecimal(minimum));
            } catch (NumberFormatException notANumber) {
                throw new Main.UsageException("--minimum-score needs a number, not '" + minimum + "'");
            }
        }
        return config;
    }

    static String json(String file, String rule, Outcome outcome, long millis, boolean explain, Profile profile) {
        StringBuilder json = new StringBuilder("{\"instance\": ").append(Json.quote(file))
                .append(", \"rule\": ").append(Json.quote(rule))
                .append(", \"selected\": [")
                .append(outcome.selected().stream().map(Json::quote).collect(Collectors.joining(", ")))
                .append("], \"totalCost\": ").append(Json.quote(outcome.totalCostAsDecimal().stripTrailingZeros()
                        .toPlainString()))
                .append(", \"millis\": ").append(millis);
        if (explain) {
            json.append(", \"explanation\": ").append(ExplanationJson.render(profile.instance(), outcome.explanation()));
        }
        return json.append('}').toString();
    }
}
