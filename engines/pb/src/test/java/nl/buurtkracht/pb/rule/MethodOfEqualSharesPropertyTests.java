// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import nl.buurtkracht.pb.Compatibility;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast Method of Equal Shares agrees with {@link ReferenceEqualShares} on thousands of random small instances
 * (exact ties, free projects, projects without supporters, empty ballots), for every satisfaction and completion.
 */
class MethodOfEqualSharesPropertyTests {

    static LongStream seeds() {
        return LongStream.range(0, 1500);
    }

    static LongStream fewerSeeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selectsWhatTheReferenceSelectsForApprovalBallots(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL);
        for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
            assertSelectsWhatTheReferenceSelects(profile, satisfaction, seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selectsWhatTheReferenceSelectsForPointBallots(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed),
                seed % 2 == 0 ? VoteType.CUMULATIVE : VoteType.SCORING);
        for (Satisfaction satisfaction : Satisfaction.values()) {
            if (satisfaction.supports(profile.voteType())) {
                assertSelectsWhatTheReferenceSelects(profile, satisfaction, seed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selectsWhatTheReferenceSelectsForRankings(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.ORDINAL);
        assertSelectsWhatTheReferenceSelects(profile, Satisfaction.BORDA, seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void completesWithAdd1AsTheReferenceDoes(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL);
        for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
            for (Compatibility variant : Compatibility.values()) {
                MethodOfEqualShares add1 = new MethodOfEqualShares(satisfaction)
                        .withVoterBudgetIncrement(BigDecimal.ONE, variant);
                assertThat(add1.apply(profile).selected())
                        .as("seed %d, %s, %s: %s", seed, satisfaction, variant, RandomProfiles.describe(profile))
                        .isEqualTo(ReferenceEqualShares.add1(profile, satisfaction,
                                variant == Compatibility.EQUALSHARES_NET));
            }
        }
    }

    static LongStream mediumSeeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("mediumSeeds")
    void selectsWhatTheReferenceSelectsWithHundredsOfVotersAndBudgetClasses(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL, 10, 400, 400);
        for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
            assertSelectsWhatTheReferenceSelects(profile, satisfaction, seed);
        }
    }

    @ParameterizedTest
    @MethodSource("mediumSeeds")
    void selectsWhatTheReferenceSelectsWithHundredsOfPointBallots(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.CUMULATIVE, 10, 300, 300);
        assertSelectsWhatTheReferenceSelects(profile, Satisfaction.POINTS, seed);
    }

    @ParameterizedTest
    @MethodSource("mediumSeeds")
    void runsAdd1InParallelWithTheSameResultAsSequentially(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.APPROVAL, 10, 400, 2000);
        EqualSharesSetup setup = EqualSharesSetup.of(profile, Satisfaction.COST, TieBreaking.ID_ORDER);
        Rational start = MethodOfEqualShares.equalShare(profile);
        IntFunction<Rational> budgets = k -> start.add(Rational.of(k));
        BudgetIncreaseSearch.Result sequential = BudgetIncreaseSearch.search(setup, budgets, setup.freeProjects(),
                setup.candidates(), false, 1);
        for (int width = 2; width <= 3; width++) {
            BudgetIncreaseSearch.Result parallel = BudgetIncreaseSearch.search(setup, budgets, setup.freeProjects(),
                    setup.candidates(), false, width);
            assertThat(parallel.selection()).as("seed %d, width %d", seed, width).isEqualTo(sequential.selection());
            assertThat(parallel.runs()).isEqualTo(sequential.runs());
            assertThat(parallel.budgetPerVoter()).isEqualTo(sequential.budgetPerVoter());
        }
    }

    @ParameterizedTest
    @MethodSource("fewerSeeds")
    void exhaustsByBudgetIncreaseAsTheReferenceDoes(long seed) {
        Profile profile = RandomProfiles.of(RandomProfiles.random(seed), VoteType.CUMULATIVE);
        assertThat(new ExhaustionByBudgetIncrease(new MethodOfEqualShares(Satisfaction.COST)).apply(profile).selected())
                .as("seed %d: %s", seed, RandomProfiles.describe(profile))
                .isEqualTo(ReferenceEqualShares.exhaustion(profile, Satisfaction.COST));
    }

    /** The fast rule, with and without explanation, selects what {@link ReferenceEqualShares#run} selects. */
    private static void assertSelectsWhatTheReferenceSelects(Profile profile, Satisfaction satisfaction, long seed) {
        MethodOfEqualShares mes = new MethodOfEqualShares(satisfaction);
        List<String> expected = ReferenceEqualShares.run(profile, satisfaction, MethodOfEqualShares.equalShare(profile));
        String description = String.format("seed %d, %s: %s", seed, satisfaction, RandomProfiles.describe(profile));
        assertThat(mes.select(profile).selected()).as(description).isEqualTo(expected);
        assertThat(mes.apply(profile).selected()).as("explained, " + description).isEqualTo(expected);
    }
}
