// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Compatibility;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.EqualShares;
import nl.buurtkracht.pb.Explanation.EqualSharesRound;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Explanation.StopReason;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.UnresolvedTieException;
import nl.buurtkracht.pb.VoteType;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class MethodOfEqualSharesTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new MethodOfEqualShares(Satisfaction.COST);
    }

    private static EqualShares phase(Outcome outcome) {
        return (EqualShares) outcome.explanation().phases().get(0);
    }

    @Test
    void breaksAnExactTieInPricePerUnitByProjectId() {
        Outcome outcome = rule().apply(TestFiles.read("ties.pb"));
        assertThat(outcome.selected()).containsExactly("10");
        EqualSharesRound round = phase(outcome).rounds().get(0);
        assertThat(round.rho()).isEqualTo(Rational.of(1, 3));
        assertThat(round.sharePerSupporter()).isEqualTo(Rational.of(4, 3));
        assertThat(round.payingSupporters()).isEqualTo(3);
        assertThat(round.supportersPayingAll()).isZero();
        assertThat(round.totalPaid()).isEqualTo(Rational.of(4));
        assertThat(outcome.explanation().rejections())
                .containsExactly(new Rejection("9", 4, Reason.SUPPORTERS_BUDGET_EXHAUSTED, Rational.of(2)));
    }

    @Test
    void startsEveryVoterWithAnEqualShareIncludingEmptyBallots() {
        assertThat(phase(rule().apply(TestFiles.read("edge-cases.pb"))).budgetPerVoter()).isEqualTo(Rational.of(5, 2));
    }

    @Test
    void neverSelectsAFreeProjectUnderCostSatisfaction() {
        Outcome outcome = rule().apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).isEmpty();
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason,
                Rejection::amount).containsExactly(
                tuple("a", Reason.NO_SUPPORTERS, Rational.ZERO),
                tuple("b", Reason.NO_SUPPORTERS, Rational.ZERO),
                tuple("c", Reason.SUPPORTERS_BUDGET_EXHAUSTED, Rational.of(5)),
                tuple("z", Reason.NO_SUPPORTERS, Rational.ZERO));
    }

    @Test
    void selectsFreeSupportedProjectsFirstUnderCardinalitySatisfaction() {
        Outcome outcome = new MethodOfEqualShares(Satisfaction.CARDINALITY).apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("a");
        assertThat(phase(outcome).freeProjects()).containsExactly("a");
    }

    @Test
    void letsSupportersWhoCannotPayTheirShareGiveAllTheyHaveLeft() {
        Outcome outcome = rule().apply(TestFiles.read("ranking.pb"));
        assertThat(outcome.selected()).containsExactly("A", "C");
        EqualSharesRound second = phase(outcome).rounds().get(1);
        assertThat(second.projectId()).isEqualTo("C");
        assertThat(second.payingSupporters()).isEqualTo(2);
        assertThat(second.supportersPayingAll()).isEqualTo(1);
        assertThat(second.sharePerSupporter()).isEqualTo(Rational.of(7, 6));
        assertThat(second.rho()).isEqualTo(Rational.of(7, 12));
    }

    @Test
    void weighsSupportersByTheirPointsWithPointsSatisfaction() {
        Outcome outcome = new MethodOfEqualShares(Satisfaction.POINTS).apply(TestFiles.read("points.pb"));
        assertThat(outcome.selected()).containsExactly("q");
        assertThat(phase(outcome).rounds().get(0).rho()).isEqualTo(Rational.of(4, 3));
    }

    @Test
    void treatsAThreeWayTieUnderCostSatisfactionByProjectId() {
        assertThat(rule().apply(TestFiles.read("points.pb")).selected()).containsExactly("p");
    }

    @Test
    void ignoresVotersWithNegativeScores() {
        assertThat(new MethodOfEqualShares(Satisfaction.POINTS).apply(TestFiles.read("scoring.pb")).selected()).isEmpty();
    }

    @Test
    void raisesTheVoterBudgetUntilTheOutcomeIsExhaustive() {
        Outcome outcome = add1(Compatibility.PABUTOOLS).apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("c");
        assertThat(outcome.rule()).isEqualTo("mes_cost_add1");
        EqualShares phase = phase(outcome);
        assertThat(phase.runs()).isEqualTo(2);
        assertThat(phase.stop()).isEqualTo(StopReason.EXHAUSTIVE);
        assertThat(phase.budgetPerVoter()).isEqualTo(Rational.of(7, 2));
    }

    @Test
    void keepsThePreviousRunWhenTheNextWouldOverspend() {
        Profile profile = TestFiles.approvals(10, "x=6 y=6", "x", "x", "y", "y");
        Outcome outcome = add1(Compatibility.PABUTOOLS).apply(profile);
        assertThat(outcome.selected()).isEmpty();
        assertThat(phase(outcome).stop()).isEqualTo(StopReason.NEXT_BUDGET_OVERSPENDS);
        assertThat(phase(outcome).budgetPerVoter()).isEqualTo(Rational.of(5, 2));
        assertThat(VotingRules.create("mes_cost_add1_then_greedy").select(profile).selected()).containsExactly("x");
    }

    @Test
    void startsFromWholeCurrencyUnitsInTheEqualSharesNetVariant() {
        Outcome outcome = add1(Compatibility.EQUALSHARES_NET).apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("c");
        assertThat(phase(outcome).budgetPerVoter()).isEqualTo(Rational.of(3));
        assertThat(outcome.rule()).isEqualTo("mes_cost_add1 [equalshares.net]");
    }

    @Test
    void incrementsWholeCurrencyUnitsWhenAmountsHaveDecimals() {
        Instance instance = Instance.builder().budget(10_00).decimals(2).project("x", "X", 6_00).build();
        Profile profile = Profile.builder(instance, VoteType.APPROVAL).add(Ballot.approval("v1", "x"))
                .add(Ballot.approval("v2", "x")).add(Ballot.approval("v3")).add(Ballot.approval("v4")).build();
        Outcome outcome = add1(Compatibility.PABUTOOLS).apply(profile);
        assertThat(outcome.selected()).containsExactly("x");
        assertThat(phase(outcome).budgetPerVoter()).as("2.50 + 1.00 euro, not 3.00 in cents")
                .isEqualTo(Rational.of(3_50));
    }

    @Test
    void refusesAnExactTieWhenAsked() {
        assertThatExceptionOfType(UnresolvedTieException.class)
                .isThrownBy(() -> new MethodOfEqualShares(Satisfaction.COST, TieBreaking.REFUSE)
                        .apply(TestFiles.read("ties.pb")))
                .satisfies(tie -> assertThat(tie.tiedProjectIds()).containsExactlyInAnyOrder("10", "9"));
    }

    @Test
    void rejectsBordaSatisfactionForApprovalBallots() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MethodOfEqualShares(Satisfaction.BORDA).apply(TestFiles.read("ties.pb")));
    }

    @Test
    void rejectsANonPositiveIncrement() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MethodOfEqualShares(Satisfaction.COST)
                .withVoterBudgetIncrement(BigDecimal.ZERO, Compatibility.PABUTOOLS));
    }

    private static MethodOfEqualShares add1(Compatibility variant) {
        return new MethodOfEqualShares(Satisfaction.COST).withVoterBudgetIncrement(BigDecimal.ONE, variant);
    }

    @Test
    void explainsTheRoundsInSelectionOrder() {
        Outcome outcome = new MethodOfEqualShares(Satisfaction.CARDINALITY).apply(TestFiles.read("points.pb"));
        assertThat(phase(outcome).rounds()).extracting(EqualSharesRound::round, EqualSharesRound::projectId)
                .containsExactly(tuple(1, "q"));
        assertThat(outcome.explanation().phases()).hasSize(1).allMatch(Explanation.EqualShares.class::isInstance);
    }
}
