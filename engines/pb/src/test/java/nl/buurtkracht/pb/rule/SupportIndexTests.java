// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
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
}
