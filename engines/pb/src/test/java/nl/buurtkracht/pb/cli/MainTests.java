// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.pb.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTests {

    @TempDir
    Path directory;

    /** The exit status and what was printed. */
    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, TestFiles.text(name));
        return file.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsTheOutcomeAsJson() throws IOException {
        String file = file("edge-cases.pb");
        Run run = run("compute", "--rule", "mes_cost_add1_then_greedy", file);
        assertThat(run.status()).isZero();
        Map<String, Object> json = (Map<String, Object>) Json.parse(run.out());
        assertThat(json).containsEntry("instance", file).containsEntry("rule", "mes_cost_add1_then_greedy")
                .containsEntry("selected", List.of("c", "a", "z")).containsEntry("totalCost", "6")
                .containsKey("millis").doesNotContainKey("explanation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsTheExplanationToTheJsonWhenAsked() throws IOException {
        Run run = run("compute", "--rule", "mes_cost_then_greedy", "--explain", file("edge-cases.pb"));
        Map<String, Object> explanation = (Map<String, Object>) ((Map<String, Object>) Json.parse(run.out()))
                .get("explanation");
        List<Map<String, Object>> phases = (List<Map<String, Object>>) explanation.get("phases");
        assertThat(phases).extracting(phase -> phase.get("type")).containsExactly("equal_shares", "greedy");
        assertThat(phases.get(0)).containsEntry("budgetPerVoter", "2.5").containsEntry("stop", "no_affordable_project");
        assertThat((List<Map<String, Object>>) explanation.get("notSelected")).containsExactly(
                Map.of("project", "b", "cost", "5", "reason", "did_not_fit", "amount", "4"));
    }

    @Test
    void printsPlainTextWithTheReasonForEveryProjectNotSelected() throws IOException {
        Run run = run("compute", "--rule", "mes_cost", "--format", "text", "--explain", file("ties.pb"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Rule: mes_cost", "Selected (in order): 10", "Total cost: 4 of 6",
                "Round 1: 10 (cost 4), rho = 0.333333333; each supporter paid up to 1.33; 3 supporters paid 4 in total",
                "9 (cost 4): its supporters had only 2 left together");
    }

    @Test
    void printsTheGreedyRankingInPlainText() throws IOException {
        Run run = run("compute", "--rule", "greedy_cost", "--format", "text", "--explain", file("choose-1.pb"));
        assertThat(run.out()).contains("#1 P-2 (cost 50, 2 supporters): selected, 50 left",
                "#2 P-1 (cost 60, 1 supporters): skipped, 50 left",
                "P-1 (cost 60): did not fit the remaining budget (50 left)");
    }

    @Test
    void acceptsTieBreakingAndVariantOptions() throws IOException {
        Run run = run("compute", "--rule", "mes_cost_add1_then_greedy", "--equalshares-net", "--tie-breaking",
                "max_cost", "--minimum-score", "1", file("edge-cases.pb"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"selected\": [\"c\"");
    }

    @Test
    void failsWithOneLineNamingTheLineOfAMalformedFile() throws IOException {
        Path file = directory.resolve("broken.pb");
        Files.writeString(file, TestFiles.text("ties.pb").replace("v2;10,9", "v2;10,11"));
        Run run = run("compute", "--rule", "greedy_cost", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: broken.pb line 21: unknown project id '11' in vote"
                + System.lineSeparator());
    }

    @Test
    void failsWithOneLineForAMissingFileAnUnknownRuleOrAnInapplicableRule() throws IOException {
        assertThat(run("compute", "--rule", "greedy_cost", directory.resolve("none.pb").toString()).err())
                .startsWith("error: no such file").hasLineCount(1);
        Run unknown = run("compute", "--rule", "best_rule", file("ties.pb"));
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: unknown rule 'best_rule'").hasLineCount(1);
        Run inapplicable = run("compute", "--rule", "seq_phragmen", file("ranking.pb"));
        assertThat(inapplicable.status()).isEqualTo(1);
        assertThat(inapplicable.err()).isEqualTo("error: sequential Phragmén needs approval ballots, not ordinal"
                + System.lineSeparator());
    }

    @Test
    void explainsItsUsageOnBadArguments() {
        assertThat(run().status()).isEqualTo(2);
        Run missingRule = run("compute", "file.pb");
        assertThat(missingRule.status()).isEqualTo(2);
        assertThat(missingRule.err()).startsWith("error: compute needs --rule").contains("usage:");
        assertThat(run("compute", "--rule", "greedy_cost", "--format", "xml", "f.pb").status()).isEqualTo(2);
        assertThat(run("compute", "--rule", "greedy_cost", "--colour", "red", "f.pb").err())
                .startsWith("error: unknown option --colour");
        assertThat(run("transmogrify").err()).startsWith("error: unknown command 'transmogrify'");
    }

    @Test
    void benchmarksTheRulesOfEveryInstanceAgainstPabutools() throws IOException {
        Files.writeString(directory.resolve("ties.pb"), TestFiles.text("ties.pb"));
        Files.writeString(directory.resolve("expected.json"), """
                {"ties.pb": {"_meta": {"parse_cpu_seconds": 0.001},
                  "greedy_cost": {"selected": ["10"], "seconds": 0.5, "cpu_seconds": 0.5, "total_cost": "4"},
                  "mes_cost": {"timeout": true, "seconds": 90}}}
                """);
        Run run = run("bench", "--data", directory.toString(), "--runs", "1", "--warmup", "1", "--warmup-ms", "10",
                "--rules", "greedy_cost,mes_cost");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("| instance | rule | median ms | with parse ms | pabutools cpu s | ratio |",
                "| ties | greedy_cost |", "| 0.5 |", "| ties | mes_cost |", "timeout (90 s)",
                "| rule | pairs | median ratio | min ratio | slowest pair |", "| greedy_cost | 1 |", "Worst ratio:");
        assertThat(run.out()).doesNotContain("| mes_cost | 1 |");
    }

    @Test
    void printsTheUsageOnHelp() {
        Run run = run("bench", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("usage:", "compute --rule RULE");
    }
}
