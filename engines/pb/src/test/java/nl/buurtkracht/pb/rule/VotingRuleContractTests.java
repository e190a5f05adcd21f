// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VoteType;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link VotingRule} guarantees. Each implementation's test extends this class and only supplies the rule
 * (JGraphT's contract-test pattern).
 */
abstract class VotingRuleContractTests {

    /** The rule under test; it must accept approval ballots. */
    abstract VotingRule rule();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverSpendsMoreThanTheBudget(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL);
        Outcome outcome = rule().apply(profile);
        assertThat(outcome.totalCost()).as("seed %d: %s", seed, RandomProfiles.describe(profile))
                .isLessThanOrEqualTo(profile.instance().budget());
        assertThat(outcome.totalCost()).isEqualTo(outcome.selected().stream()
                .mapToLong(id -> profile.instance().project(profile.instance().indexOf(id)).cost()).sum());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selectsTheSameProjectsWithOrWithoutExplanation(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL);
        assertThat(rule().select(profile)).as("seed %d: %s", seed, RandomProfiles.describe(profile))
                .isEqualTo(rule().apply(profile).selection());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void explainsEveryProjectItDidNotSelectOnce(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL);
        Outcome outcome = rule().apply(profile);
        Set<String> notSelected = profile.instance().projects().stream().map(Project::id)
                .filter(id -> !outcome.selected().contains(id)).collect(Collectors.toSet());
        assertThat(outcome.explanation().rejections()).as("seed %d: %s", seed, RandomProfiles.describe(profile))
                .extracting(Explanation.Rejection::projectId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(notSelected);
        assertThat(new HashSet<>(outcome.selected())).hasSameSizeAs(outcome.selected());
    }

    @Test
    void isDeterministic() {
        Profile profile = TestFiles.read("edge-cases.pb");
        assertThat(rule().apply(profile)).isEqualTo(rule().apply(profile));
    }

    @Test
    void recordsItsNameInTheOutcome() {
        assertThat(rule().apply(TestFiles.read("ties.pb")).rule()).isEqualTo(rule().name());
    }

    @Test
    void handlesAVoteWithoutVoters() {
        Instance instance = Instance.builder().budget(10).project("a", "A", 4).project("b", "B", 0).build();
        Outcome outcome = rule().apply(Profile.builder(instance, VoteType.APPROVAL).build());
        assertThat(outcome.totalCost()).isLessThanOrEqualTo(10);
    }

    @Test
    void handlesAVoteWithoutProjects() {
        Instance instance = Instance.builder().budget(10).build();
        Outcome outcome = rule().apply(Profile.builder(instance, VoteType.APPROVAL).add(
                nl.buurtkracht.pb.Ballot.approval("v1")).build());
        assertThat(outcome.selected()).isEmpty();
        assertThat(outcome.explanation().rejections()).isEmpty();
    }
}
