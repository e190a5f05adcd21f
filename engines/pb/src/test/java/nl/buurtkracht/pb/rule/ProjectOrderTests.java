// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;

/** Ids compare by Unicode code point, as Python compares strings, also where that differs from UTF-16 order. */
class ProjectOrderTests {

    private static final String[] PIECES = {"", "a", "b", "1", "10", "\uFB01", "\uE000", "\uFFFF", "\uD83D\uDE00",
        "\uD83D\uDE01", "\uD800\uDC00", "\uD83D", "\uDE00", "abc", "abcd"};

    @Test
    void comparesIdsByCodePoint() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String a = randomId(random);
            String b = randomId(random);
            assertThat(Integer.signum(ProjectOrder.compareIds(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(byCodePoints(a, b)));
        }
    }

    @Test
    void putsASupplementaryCharacterAfterEveryCharacterOfTheBasicPlane() {
        assertThat(ProjectOrder.compareIds("x\uFFFF", "x\uD83D\uDE00")).isNegative();
        assertThat(ProjectOrder.compareIds("x\uD83D\uDE00", "x\uE000")).isPositive();
        assertThat(ProjectOrder.compareIds("10", "2")).isNegative();
        assertThat(ProjectOrder.compareIds("ab", "ab")).isZero();
        assertThat(ProjectOrder.compareIds("a", "ab")).isNegative();
    }

    @Test
    void ranksProjectsInIdOrderWhateverTheirPrefixes() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            int size = 1 + random.nextInt(40);
            // shared prefixes longer than the packed three chars, and surrogates in some rounds only
            String[] pieces = round % 3 == 0 ? PIECES : new String[] {"1", "10", "100", "a", "ab", "abc", "\uFB01"};
            while (ids.size() < size) {
                StringBuilder id = new StringBuilder();
                for (int piece = 1 + random.nextInt(4); piece > 0; piece--) {
                    id.append(pieces[random.nextInt(pieces.length)]);
                }
                if (!id.isEmpty()) {
                    ids.add(id.toString());
                }
            }
            Instance.Builder instance = Instance.builder().budget(10);
            ids.forEach(id -> instance.project(Project.of(id, id, 1)));
            Profile profile = Profile.builder(instance.build(), VoteType.APPROVAL).build();
            int[] rank = ProjectOrder.tieRanks(profile, TieBreaking.ID_ORDER);
            List<String> byRank = new ArrayList<>(ids);
            byRank.sort(java.util.Comparator.comparingInt(id -> rank[profile.instance().indexOf(id)]));
            List<String> expected = new ArrayList<>(ids);
            expected.sort(ProjectOrderTests::byCodePoints);
            assertThat(byRank).as("round %d", round).isEqualTo(expected);
        }
    }

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder();
        for (int piece = random.nextInt(4); piece > 0; piece--) {
            id.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return id.toString();
    }

    private static int byCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
