// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of random profiles, and random corruptions of valid files: the reader either reads a corrupted file or
 * throws a {@link PabulibFormatException}; it never fails any other way, and never returns a partial result for the
 * corruptions it must catch.
 */
class PabulibPropertyTests {

    private static final String NOISE = ";\",\n 0123456789-.xnone";

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    private static Profile randomProfile(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        VoteType type = VoteType.values()[random.nextInt(VoteType.values().length)];
        Profile plain = RandomProfiles.of(random, type);
        Profile.Builder builder = Profile.builder(plain.instance(), type);
        for (Ballot ballot : plain.ballots()) {
            String district = List.of("Noord", "Oost; west", "\"Zuid\"", "", "Wéstpoort").get(random.nextInt(5));
            builder.add(random.nextBoolean() ? ballot : ballot.withAttributes(Map.of("district", district)));
        }
        return builder.build();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsBackEveryProfileItWrites(long seed) {
        Profile profile = randomProfile(seed);
        String text = PabulibWriter.toText(profile);
        assertThat(PabulibReader.parse(text, "random")).as("seed %d:%n%s", seed, text).isEqualTo(profile);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void failsOnlyWithAFormatErrorOnCorruptedFiles(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        String text = corrupt(PabulibWriter.toText(randomProfile(seed)), random);
        try {
            PabulibReader.parse(text, "corrupted");
        } catch (PabulibFormatException expected) {
            assertThat(expected.line()).as("seed %d", seed).isBetween(0, text.split("\n", -1).length);
        } catch (RuntimeException unexpected) {
            fail("seed " + seed + ": " + unexpected + " on\n" + text, unexpected);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void namesTheLineOfAnUnknownProjectInAVote(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(PabulibWriter.toText(randomProfile(seed)).split("\n")));
        int votes = lines.indexOf("VOTES");
        if (votes + 2 >= lines.size()) {
            return;
        }
        int row = votes + 2 + random.nextInt(lines.size() - votes - 2);
        String[] fields = lines.get(row).split(";", -1);
        fields[1] = fields[1].isEmpty() ? "no-such-project" : fields[1] + ",no-such-project";
        if (fields.length > 2 && lines.get(votes + 1).contains(";points")) {
            fields[2] = fields[2].isEmpty() || fields[2].equals("none") ? "1" : fields[2] + ",1";
        }
        lines.set(row, String.join(";", fields));
        String text = String.join("\n", lines);
        assertThatExceptionOfType(PabulibFormatException.class).as("seed %d", seed)
                .isThrownBy(() -> PabulibReader.parse(text, "random"))
                .satisfies(failure -> assertThat(failure.line()).isEqualTo(row + 1))
                .withMessageContaining("unknown project id 'no-such-project'");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void namesTheLineOfABadCost(long seed) {
        RandomGenerator random = RandomProfiles.random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(PabulibWriter.toText(randomProfile(seed)).split("\n")));
        int projects = lines.indexOf("PROJECTS");
        int row = projects + 2 + random.nextInt(lines.indexOf("VOTES") - projects - 2);
        String[] fields = lines.get(row).split(";", -1);
        fields[1] = fields[1] + List.of("x", " 5", ".", "e3", ",,").get(random.nextInt(5));
        lines.set(row, String.join(";", fields));
        String text = String.join("\n", lines);
        assertThatExceptionOfType(PabulibFormatException.class).as("seed %d", seed)
                .isThrownBy(() -> PabulibReader.parse(text, "random"))
                .satisfies(failure -> assertThat(failure.line()).isEqualTo(row + 1))
                .withMessageContaining("bad number");
    }

    /** Deletes, duplicates or swaps a line, overwrites or inserts a character, or truncates the text. */
    private static String corrupt(String text, RandomGenerator random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> java.util.Collections.swap(lines, line, random.nextInt(lines.size()));
            case 3 -> {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(at + 1);
            }
            case 4 -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(at);
            }
            default -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
        }
        return String.join("\n", lines);
    }
}
