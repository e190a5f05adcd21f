// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTests {

    private final Instance instance = Instance.builder().budget(10_000).decimals(2)
            .project("a", "A", 6_000).project("b", "B", 5_000).project("c", "C", 1_000).build();

    @Test
    void countsEveryBallotAsAVoterIncludingEmptyOnes() {
        Profile profile = Profile.builder(instance, VoteType.APPROVAL)
                .add(Ballot.approval("v1", "a", "c"))
                .add(Ballot.approval("v2"))
                .build();
        assertThat(profile.size()).isEqualTo(2);
        assertThat(profile.ballot(1).isEmpty()).isTrue();
        assertThat(profile.ballotLength(0)).isEqualTo(2);
        assertThat(profile.projectAt(0, 1)).isEqualTo(instance.indexOf("c"));
    }

    @Test
    void rejectsAnUnknownProject() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Profile.builder(instance, VoteType.APPROVAL).add(Ballot.approval("v1", "x")))
                .withMessageContaining("unknown project x");
    }

    @Test
    void collapsesRepeatedProjectsOfIndexedBallots() {
        Profile profile = Profile.builder(instance, VoteType.ORDINAL).add("v1", new int[] {2, 0, 2, 1}, null, null).build();
        assertThat(profile.ballot(0).projectIds()).containsExactly("c", "a", "b");
    }

    @Test
    void rejectsPointsGivenTwiceToAProject() {
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.builder(instance, VoteType.CUMULATIVE)
                .add("v1", new int[] {0, 0}, new BigDecimal[] {BigDecimal.ONE, BigDecimal.TEN}, null))
                .withMessageContaining("twice");
    }

    @Test
    void requiresPointsExactlyForPointBallots() {
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.builder(instance, VoteType.SCORING)
                .add("v1", new int[] {0}, null, null)).withMessageContaining("needs points");
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.builder(instance, VoteType.APPROVAL)
                .add(Ballot.points("v1", Map.of("a", 1)))).withMessageContaining("cannot have points");
    }

    @Test
    void storesDecimalPointsExactly() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("a", new BigDecimal("1.25"));
        points.put("b", new BigDecimal("-2"));
        Profile profile = Profile.builder(instance, VoteType.SCORING).add(Ballot.points("v1", points)).build();
        assertThat(profile.pointsDecimals()).isEqualTo(2);
        assertThat(profile.pointsAt(0, 0)).isEqualTo(125);
        assertThat(profile.ballot(0).points()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.25"), new BigDecimal("-2"));
    }

    @Test
    void keepsVoterMetadataByColumn() {
        Profile profile = Profile.builder(instance, VoteType.APPROVAL)
                .add(Ballot.approval("v1", "a").withAttributes(Map.of("age", "34")))
                .add(Ballot.approval("v2", "b").withAttributes(Map.of("district", "Noord")))
                .build();
        assertThat(profile.voterAttributeNames()).containsExactly("age", "district");
        assertThat(profile.ballot(0).attributes()).containsExactly(Map.entry("age", "34"));
        assertThat(profile.ballot(1).attributes()).containsExactly(Map.entry("district", "Noord"));
    }

    @Test
    void listsTheBallotsThatBreakTheConstraints() {
        Profile profile = Profile.builder(instance, VoteType.APPROVAL)
                .constraints(BallotConstraints.knapsack(new BigDecimal("100")))
                .add(Ballot.approval("ok", "a"))
                .add(Ballot.approval("over", "a", "b"))
                .build();
        assertThat(profile.constraintViolations()).containsExactly("over: costs 110.00 in total, more than 100");
    }

    @Test
    void rejectsAnInvalidBallotWhenAskedTo() {
        Profile.Builder builder = Profile.builder(instance, VoteType.APPROVAL)
                .constraints(BallotConstraints.knapsack(new BigDecimal("100"))).rejectInvalidBallots();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(Ballot.approval("over", "a", "b")))
                .withMessageContaining("ballot of voter over costs 110.00");
    }

    @Test
    void isEqualToAProfileWithTheSameBallots() {
        Profile one = Profile.builder(instance, VoteType.APPROVAL).add(Ballot.approval("v1", "a")).build();
        Profile two = Profile.builder(instance, VoteType.APPROVAL).add(Ballot.approval("v1", "a")).build();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.ballots()).containsExactly(new Ballot("v1", List.of("a"), List.of(), Map.of()));
    }
}
