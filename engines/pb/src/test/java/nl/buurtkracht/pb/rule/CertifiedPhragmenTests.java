// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;

/**
 * Certified double Phragmén selects exactly what the exact computation (the explained one) selects, and gives up
 * when a decision is too close to call.
 */
class CertifiedPhragmenTests {

    private static List<String> certified(Profile profile, TieBreaking tieBreaking) {
        int[] selection = CertifiedPhragmen.select(profile, SupportIndex.of(profile, Satisfaction.CARDINALITY),
                tieBreaking);
        if (selection == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int p : selection) {
            ids.add(profile.instance().project(p).id());
        }
        return ids;
    }

    private static List<String> exact(Profile profile, TieBreaking tieBreaking) {
        return new SequentialPhragmen(tieBreaking).apply(profile).selected();
    }

    @Test
    void agreesWithTheExactComputationOnRandomProfiles() {
        int certifiedRuns = 0;
        int gaveUp = 0;
        for (long seed = 0; seed < 4000; seed++) {
            Profile profile = RandomProfiles.of(RandomProfiles.random(seed),
                    seed % 3 == 0 ? VoteType.CHOOSE_1 : VoteType.APPROVAL, 10, 40, seed % 2 == 0 ? 9 : 100_000);
            TieBreaking tieBreaking = seed % 5 == 0 ? TieBreaking.MIN_COST : TieBreaking.ID_ORDER;
            List<String> actual = certified(profile, tieBreaking);
            if (actual == null) {
                gaveUp++;
                continue;
            }
            certifiedRuns++;
            assertThat(actual).as("seed %d", seed).isEqualTo(exact(profile, tieBreaking));
            assertThat(new SequentialPhragmen(tieBreaking).select(profile).selected()).as("select, seed %d", seed)
                    .isEqualTo(actual);
        }
        // both paths must really be exercised
        assertThat(certifiedRuns).isGreaterThan(1000);
        assertThat(gaveUp).isGreaterThan(100);
    }

    @Test
    void givesUpOnAnExactTieAndSelectStillDecidesItExactly() {
        // a and b: the same cost over the same number of supporters, so exactly the same new load
        Profile profile = TestFiles.approvals(100, "a=30 b=30 c=50", "a,c", "a", "b", "b,c", "c");
        assertThat(certified(profile, TieBreaking.ID_ORDER)).isNull();
        assertThat(new SequentialPhragmen().select(profile).selected()).isEqualTo(exact(profile, TieBreaking.ID_ORDER));
    }

    @Test
    void givesUpOnLoadsThatDoublesCannotSeparate() {
        // after a (load 1/3 each) the new loads of b and c are (1 + 3·1/3) / 3 = 2/3 and 2/3 from different sums
        Profile profile = TestFiles.approvals(100, "a=1 b=1 c=2", "a,b,c", "a,b,c", "a,b,c");
        assertThat(certified(profile, TieBreaking.ID_ORDER)).isNull();
        assertThat(new SequentialPhragmen().select(profile).selected()).isEqualTo(exact(profile, TieBreaking.ID_ORDER));
    }

    @Test
    void addsProjectsWithoutSupportersByTieBreakingWhileAllFit() {
        Profile profile = TestFiles.approvals(100, "a=30 x=20 y=10 z=30", "a", "a");
        assertThat(certified(profile, TieBreaking.ID_ORDER)).containsExactly("a", "x", "y", "z")
                .isEqualTo(exact(profile, TieBreaking.ID_ORDER));
        Profile tight = TestFiles.approvals(70, "a=30 x=20 y=10 z=30", "a", "a");
        // after a and x, z no longer fits while y would: the rule stops
        assertThat(certified(tight, TieBreaking.ID_ORDER)).containsExactly("a", "x")
                .isEqualTo(exact(tight, TieBreaking.ID_ORDER));
    }

    @Test
    void leavesARefusedTieToTheExactComputation() {
        Profile profile = TestFiles.approvals(100, "a=30 x=20 y=10", "a", "a");
        assertThat(certified(profile, TieBreaking.REFUSE)).isNull();
    }
}
