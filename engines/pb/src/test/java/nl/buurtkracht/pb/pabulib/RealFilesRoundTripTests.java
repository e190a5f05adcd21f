// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real Pabulib file in {@code ../shared/data/pabulib} reads, writes and reads back to an equal profile. */
class RealFilesRoundTripTests {

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.pabulib())) {
            return files.filter(file -> file.toString().endsWith(".pb")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsBackWhatItWrites(Path file) throws IOException {
        Profile profile = PabulibReader.read(file);
        assertThat(PabulibReader.parse(PabulibWriter.toText(profile), file.getFileName().toString()))
                .isEqualTo(profile);
    }
}
