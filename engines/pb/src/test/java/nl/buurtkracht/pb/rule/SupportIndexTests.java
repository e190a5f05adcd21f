// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;

/** The support index puts every ballot in project order and merges identical ballots, whatever their order. */
class SupportIndexTests {

    @Test
    void mergesTheSameSetListedInAnyOrderAcrossSeveralWordsOfProjects() {
        StringBuilder costs = new StringBuilder();
        for (int p = 0; p < 130; p++) {
            costs.append(p == 0 ? "" : " ").append("p").append(p).append('=').append(p + 1);
        }
        // the same set in three orders (projects from three 64-project words), and one other set
        Profile profile = TestFiles.approvals(1000, costs.toString(), "p129,p70,p3,p64", "p3,p64,p70,p129",
                "p64,p129,p3,p70", "p5,p0");
        SupportIndex index = SupportIndex.of(profile, Satisfaction.COST);
        assertThat(index.groupCount).isEqualTo(2);
        List<Integer> weights = new ArrayList<>();
        for (int g = 0; g < index.groupCount; g++) {
            weights.add(index.weight[g]);
            List<Integer> projects = new ArrayList<>();
            for (int e = index.groupStart[g]; e < index.groupStart[g + 1]; e++) {
                projects.add(index.slotProject[index.groupSlot[e]]);
            }
            assertThat(projects).isSorted();
        }
        assertThat(weights).containsExactlyInAnyOrder(3, 1);
        int p129 = profile.instance().indexOf("p129");
        assertThat(index.supporters[p129]).isEqualTo(3);
        assertThat(index.multiplier[p129]).isEqualTo(130);
        assertThat(index.levelSum[p129]).isEqualTo(3);
    }
    @Test
    void mergesBallotsWithTheSameProjectsByTheirPointsOnlyWithPointsSatisfaction() {
        Instance instance = Instance.builder().budget(100).project("a", "a", 10).project("b", "b", 20)
                .project("c", "c", 0).build();
        Profile.Builder builder = Profile.builder(instance, VoteType.CUMULATIVE);
        builder.add(Ballot.points("v0", Map.of("a", 3, "b", 1)));
        builder.add(Ballot.points("v1", Map.of("a", 1, "b", 3)));
        builder.add(Ballot.points("v2", Map.of("a", 3, "b", 1)));
        builder.add(Ballot.points("v3", Map.of("a", 2, "b", 2, "c", 1)));
        Profile profile = builder.build();
        assertThat(SupportIndex.of(profile, Satisfaction.POINTS).groupCount).isEqualTo(3);
        // cost and cardinality utilities depend on the project only; c costs 0, so v3 has a's and b's cost only
        assertThat(SupportIndex.of(profile, Satisfaction.CARDINALITY).groupCount).isEqualTo(2);
        SupportIndex byCost = SupportIndex.of(profile, Satisfaction.COST);
        assertThat(byCost.groupCount).isEqualTo(1);
        assertThat(byCost.weight[0]).isEqualTo(4);
        assertThat(byCost.supporters[instance.indexOf("c")]).isZero();
    }
}
