// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.BallotConstraints;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PabulibWriterTests {

    @ParameterizedTest
    @ValueSource(strings = {"ties.pb", "edge-cases.pb", "points.pb", "ranking.pb", "scoring.pb", "choose-1.pb",
        "decimals.pb", "threshold.pb", "knapsack.pb"})
    void writesWhatItReadsSoThatReadingItBackGivesTheSameProfile(String file) {
        Profile profile = TestFiles.read(file);
        assertThat(PabulibReader.parse(PabulibWriter.toText(profile), file)).isEqualTo(profile);
    }

    @Test
    void exportsAProfileBuiltInCodeWithAmountsInCents() {
        Instance instance = Instance.builder().budget(5_000_000).decimals(2)
                .meta("description", "Buurtbudget Oost").meta("country", "Netherlands")
                .project(new Project("p1", 1_250_050, attributes("name", "Speeltuin; groot", "category", "children,sport")))
                .project("p2", "Bankjes \"Oost\"", 300_000)
                .build();
        Profile profile = Profile.builder(instance, VoteType.APPROVAL)
                .constraints(BallotConstraints.knapsack(new BigDecimal("50000")))
                .add(Ballot.approval("anon-1", "p1", "p2").withAttributes(Map.of("neighbourhood", "Oost")))
                .add(Ballot.approval("anon-2"))
                .build();
        String text = PabulibWriter.toText(profile);
        assertThat(text).contains("budget;50000.00\n", "num_votes;2\n", "vote_type;approval\n", "max_sum_cost;50000\n",
                "p1;12500.50;\"Speeltuin; groot\";children,sport\n", "p2;3000.00;\"Bankjes \"\"Oost\"\"\";none\n",
                "anon-2;;none\n");
        assertThat(PabulibReader.parse(text, "export")).isEqualTo(profile);
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return attributes;
    }

    @Test
    void writesToAFile(@TempDir Path directory) throws IOException {
        Profile profile = TestFiles.read("points.pb");
        Path file = directory.resolve("points.pb");
        PabulibWriter.write(profile, file);
        assertThat(Files.readString(file)).startsWith("META\nkey;value\n");
        assertThat(PabulibReader.read(file)).isEqualTo(profile);
    }
}
