// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import nl.buurtkracht.sortition.Pools;
import nl.buurtkracht.sortition.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SortitionCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SortitionCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
                new PrintStream(this.err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return this.out.toString(StandardCharsets.UTF_8);
    }

    private String[] households(String... more) {
        String[] base = { "select", "--panel-size", "4", "--features",
                Pools.resource("households/features.csv").toString(), "--people",
                Pools.resource("households/people.csv").toString(), "--id-column", "id", "--address-columns",
                "postcode,huisnummer" };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void printsTheSelectionAsJsonWithTheDocumentedKeys() {
        assertThat(run(households("--algorithm", "leximin", "--seed", "42"))).isZero();
        assertThat(out()).startsWith("{\"algorithm\":\"leximin\",\"panelSize\":4,\"poolSize\":10,\"minProbability\":")
            .contains("\"maxProbability\":", "\"probabilities\":{\"h1\":", "\"panel\":[", "\"seed\":42,",
                    "\"distribution\":[{\"probability\":", "\"millis\":");
    }

    @Test
    void drawsTheSamePanelForTheSameSeed() {
        run(households("--algorithm", "maximin", "--seed", "5"));
        String first = out().replaceAll("\"millis\":\\d+", "");
        this.out.reset();
        run(households("--algorithm", "maximin", "--seed", "5"));
        assertThat(out().replaceAll("\"millis\":\\d+", "")).isEqualTo(first);
    }

    @Test
    void printsTheLotteryAndItsWinningNumber() {
        assertThat(run(households("--algorithm", "leximin", "--seed", "1", "--lottery-panels", "50"))).isZero();
        assertThat(out()).contains("\"lottery\":{\"panels\":50,\"winningNumber\":");
    }

    @Test
    void printsText() {
        assertThat(run(households("--algorithm", "legacy", "--seed", "3", "--format", "text"))).isZero();
        assertThat(out()).contains("algorithm:        legacy", "panel size k:     4", "seed:             3");
    }

    @Test
    void reportsInfeasibleQuotasWithExitCode3() {
        int code = run("select", "--algorithm", "maximin", "--panel-size", "4", "--features",
                Pools.resource("infeasible/features.csv").toString(), "--people",
                Pools.resource("infeasible/people.csv").toString(), "--id-column", "id");
        assertThat(code).isEqualTo(3);
        assertThat(out()).contains("\"conflict\":[\"gender=vrouw >= 3\",\"age=jong >= 3\"]", "\"newMin\":2");
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Smallest relaxation: age=jong");
    }

    @Test
    void rejectsUsageErrorsWithExitCode2() {
        assertThat(run(households("--algorithm", "nash"))).isEqualTo(2);
        assertThat(run("select", "--algorithm", "leximin")).isEqualTo(2);
        assertThat(run("draw")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void reportsAMissingFileWithExitCode1() {
        assertThat(run("select", "--algorithm", "leximin", "--panel-size", "2", "--categories", "nope.csv",
                "--respondents", "nope.csv")).isEqualTo(1);
    }

    @Test
    void benchmarksAnInstanceAndPrintsItsMedian() {
        String data = SharedData.sortition("").getParent().toString();
        assertThat(run("bench", "--data", data, "--runs", "1", "--warmup", "0", "--instances", "example_small_20",
                "--algorithms", "maximin")).isZero();
        assertThat(out()).contains("median ms").containsPattern("example_small_20\\s+maximin\\s+200\\s+20\\s+1\\s+\\d+\\s+0\\.100000");
    }
}
