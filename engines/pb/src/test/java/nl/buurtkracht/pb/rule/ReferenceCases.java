// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.ReferenceOutcomes;
import nl.buurtkracht.pb.SharedData;
import nl.buurtkracht.pb.pabulib.PabulibReader;

/** The reference pairs split by file size, and the check shared by the conformance tests. */
final class ReferenceCases {

    /** Files from this size on are city-wide and run in the integration tests. */
    static final long CITY_WIDE_BYTES = 1_500_000;

    private static final Map<Path, Profile> PROFILES = new ConcurrentHashMap<>();

    private ReferenceCases() {
    }

    static List<ReferenceOutcomes> withFileSize(LongPredicate size) throws IOException {
        return ReferenceOutcomes.all(SharedData.pabulib()).stream()
                .filter(reference -> size.test(fileSize(reference.file())))
                .toList();
    }

    static void assertMatches(ReferenceOutcomes reference) {
        Profile profile = PROFILES.computeIfAbsent(reference.file(), ReferenceCases::read);
        Outcome outcome = VotingRules.create(reference.rule()).apply(profile);
        assertThat(new HashSet<>(outcome.selected()))
                .as("selected projects of %s", reference)
                .isEqualTo(reference.selected());
        assertThat(outcome.totalCostAsDecimal()).as("total cost of %s", reference)
                .isEqualByComparingTo(reference.totalCost());
    }

    private static Profile read(Path file) {
        try {
            return PabulibReader.read(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
