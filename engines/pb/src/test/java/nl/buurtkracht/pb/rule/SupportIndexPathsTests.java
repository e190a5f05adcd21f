// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For cost and cardinality the index is built from ballots' project sets ({@link ProjectSetGroups}); it must be
 * exactly the index built the general way, from utility vectors, whatever the number of projects (one or several
 * words of a set), with repeated ballots in any order, empty ballots, projects of cost 0 and projects nobody supports.
 */
class SupportIndexPathsTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 14, 63, 64, 65, 130})
    void buildsFromProjectSetsTheIndexBuiltFromUtilityVectors(int projects) {
        for (long seed = 0; seed < 40; seed++) {
            Random random = new Random(seed * 1000 + projects);
            Profile profile = randomProfile(random, projects, random.nextInt(300), 1 + random.nextInt(40));
            assertSameIndexes(profile);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 90})
    void buildsTheSameIndexWhenThereAreEnoughGroupsToGrowTheTablesAndRenumberTheGroups(int projects) {
        Random random = new Random(7);
        Profile profile = randomProfile(random, projects, 20_000, 8000);
        assertThat(SupportIndex.of(profile, Satisfaction.CARDINALITY).groupCount).isGreaterThan(4096);
        assertSameIndexes(profile);
    }

    @Test
    void buildsAnEmptyIndexForAProfileWithoutVoters() {
        assertSameIndexes(randomProfile(new Random(1), 5, 0, 1));
    }

    private static void assertSameIndexes(Profile profile) {
        for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
            SupportIndex fast = SupportIndex.of(profile, satisfaction);
            SupportIndex general = SupportIndex.ofUtilityVectors(profile, satisfaction);
            String what = satisfaction + " " + profile;
            assertThat(fast.projectCount).as(what).isEqualTo(general.projectCount);
            assertThat(fast.groupCount).as(what).isEqualTo(general.groupCount);
            assertThat(fast.weight).as(what).isEqualTo(general.weight);
            assertThat(fast.groupStart).as(what).isEqualTo(general.groupStart);
            assertThat(fast.groupSlot).as(what).isEqualTo(general.groupSlot);
            assertThat(fast.supporterStart).as(what).isEqualTo(general.supporterStart);
            assertThat(fast.supporterGroup).as(what).isEqualTo(general.supporterGroup);
            assertThat(fast.supporterSlot).as(what).isEqualTo(general.supporterSlot);
            assertThat(fast.supporterWeight).as(what).isEqualTo(general.supporterWeight);
            assertThat(fast.slotStart).as(what).isEqualTo(general.slotStart);
            assertThat(fast.slotProject).as(what).isEqualTo(general.slotProject);
            assertThat(fast.slotLevel).as(what).isEqualTo(general.slotLevel);
            assertThat(fast.multiplier).as(what).isEqualTo(general.multiplier);
            assertThat(fast.supporters).as(what).isEqualTo(general.supporters);
            assertThat(fast.levelSum).as(what).isEqualTo(general.levelSum);
        }
    }

    /** Ballots drawn from a pool of distinct sets (some empty), each listed in a random order. */
    private static Profile randomProfile(Random random, int projects, int voters, int distinctBallots) {
        Instance.Builder instance = Instance.builder().budget(1000);
        for (int p = 0; p < projects; p++) {
            instance.project(Project.of("p" + p, "p" + p, random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(100)));
        }
        Instance built = instance.build();
        List<List<Integer>> pool = new ArrayList<>();
        for (int i = 0; i < distinctBallots; i++) {
            List<Integer> ballot = new ArrayList<>();
            int length = random.nextInt(Math.min(projects, 12) + 1);
            while (ballot.size() < length) {
                int p = random.nextInt(projects);
                if (!ballot.contains(p)) {
                    ballot.add(p);
                }
            }
            pool.add(ballot);
        }
        Profile.Builder profile = Profile.builder(built, VoteType.APPROVAL);
        for (int v = 0; v < voters; v++) {
            List<Integer> ballot = new ArrayList<>(pool.get(random.nextInt(pool.size())));
            Collections.shuffle(ballot, random);
            profile.add("v" + v, ballot.stream().mapToInt(Integer::intValue).toArray(), null, null);
        }
        return profile.build();
    }
}
