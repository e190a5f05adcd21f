// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ids compare by Unicode code point, as Python compares strings, also where that differs from UTF-16 order. */
class ProjectOrderTests {

    private static final String[] PIECES = {"", "a", "b", "1", "10", "\uFB01", "\uE000", "\uFFFF", "\uD83D\uDE00",
        "\uD83D\uDE01", "\uD800\uDC00", "\uD83D", "\uDE00"};

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
