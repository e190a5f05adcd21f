// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;

/**
 * With points, the levels of a project are its distinct utilities divided by their gcd, ascending, and each supporter
 * sits in the slot of its own utility; both ways of ranking the levels (a table for small levels, sorting for large
 * ones) must give that.
 */
class SupportIndexLevelsTests {

    @Test
    void levelsAreTheDistinctUtilitiesOverTheirGcdWithSmallAndLargePoints() {
        for (long seed = 0; seed < 500; seed++) {
            RandomGenerator random = RandomProfiles.random(seed);
            // every other profile has one huge point value, which needs the sorting path
            Profile profile = pointsProfile(random, seed % 2 == 0 ? 0 : 1_000_000_007L);
            SupportIndex index = SupportIndex.of(profile, Satisfaction.POINTS);
            for (int p = 0; p < profile.instance().size(); p++) {
                TreeSet<Long> utilities = new TreeSet<>();
                long total = 0;
                for (int voter = 0; voter < profile.size(); voter++) {
                    for (int position = 0; position < profile.ballotLength(voter); position++) {
                        long utility = Utility.of(profile, Satisfaction.POINTS, voter, position);
                        if (profile.projectAt(voter, position) == p && utility > 0) {
                            utilities.add(utility);
                            total += utility;
                        }
                    }
                }
                List<Long> levels = new ArrayList<>();
                for (int slot = index.slotStart[p]; slot < index.slotStart[p + 1]; slot++) {
                    levels.add(index.slotLevel[slot] * index.multiplier[p]);
                }
                assertThat(levels).as("seed %d, project %d", seed, p).containsExactlyElementsOf(utilities);
                long supported = 0;
                for (int i = index.supporterStart[p]; i < index.supporterStart[p + 1]; i++) {
                    long utility = index.slotLevel[index.supporterSlot[i]] * index.multiplier[p];
                    supported += index.supporterWeight[i] * utility;
                }
                assertThat(supported).as("seed %d, project %d", seed, p).isEqualTo(total);
                assertThat(index.levelSum[p] * index.multiplier[p]).isEqualTo(total);
            }
        }
    }

    /** Up to 8 projects and 30 voters with 0 to 12 points each, plus one voter with {@code huge} points (if not 0). */
    private static Profile pointsProfile(RandomGenerator random, long huge) {
        Instance.Builder instance = Instance.builder().budget(1000);
        int projects = 1 + random.nextInt(8);
        for (int p = 0; p < projects; p++) {
            instance.project(Project.of("p" + p, "project " + p, 1 + random.nextInt(500)));
        }
        Instance built = instance.build();
        Profile.Builder profile = Profile.builder(built, VoteType.CUMULATIVE);
        int voters = random.nextInt(30);
        for (int v = 0; v < voters; v++) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (int p = 0; p < projects; p++) {
                if (random.nextBoolean()) {
                    points.put("p" + p, BigDecimal.valueOf(random.nextInt(4) * (1 + random.nextInt(3))));
                }
            }
            profile.add(Ballot.points("v" + v, points));
        }
        if (huge > 0) {
            profile.add(Ballot.points("huge", Map.of("p0", BigDecimal.valueOf(huge))));
        }
        return profile.build();
    }
}
