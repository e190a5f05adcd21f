// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.PhragmenRound;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.UnresolvedTieException;
import nl.buurtkracht.pb.VotingRule;
import org.junit.jupiter.api.Test;

class SequentialPhragmenTests extends VotingRuleContractTests {

    @Override
    VotingRule rule() {
        return new SequentialPhragmen();
    }

    private static Explanation.Phragmen phase(Outcome outcome) {
        return (Explanation.Phragmen) outcome.explanation().phases().get(0);
    }

    @Test
    void buysTheProjectWhoseSupportersReachItsCostFirst() {
        Outcome outcome = rule().apply(TestFiles.read("edge-cases.pb"));
        assertThat(outcome.selected()).containsExactly("a", "c");
        assertThat(phase(outcome).rounds()).extracting(PhragmenRound::projectId, PhragmenRound::load)
                .containsExactly(tuple("a", Rational.ZERO), tuple("c", Rational.of(3)));
    }

    @Test
    void stopsWithoutSkippingWhenTheNextProjectNoLongerFits() {
        Outcome outcome = rule().apply(TestFiles.read("edge-cases.pb"));
        assertThat(phase(outcome).stoppedBy()).isEqualTo("b");
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason)
                .containsExactly(tuple("b", Reason.NO_SUPPORTERS), tuple("z", Reason.NO_SUPPORTERS));
    }

    @Test
    void stopsWhenAnyProjectTiedForTheLowestLoadDoesNotFit() {
        Outcome outcome = rule().apply(TestFiles.read("threshold.pb"));
        assertThat(outcome.selected()).containsExactly("a");
        assertThat(phase(outcome).stoppedBy()).isEqualTo("c");
        assertThat(outcome.explanation().rejections()).extracting(Rejection::projectId, Rejection::reason)
                .containsExactly(tuple("b", Reason.NOT_REACHED), tuple("c", Reason.DID_NOT_FIT));
    }

    @Test
    void breaksATieByProjectId() {
        Outcome outcome = rule().apply(TestFiles.read("ties.pb"));
        assertThat(outcome.selected()).containsExactly("10");
        assertThat(phase(outcome).rounds().get(0).load()).isEqualTo(Rational.of(4, 3));
    }

    @Test
    void refusesATieWhenAsked() {
        assertThatExceptionOfType(UnresolvedTieException.class)
                .isThrownBy(() -> new SequentialPhragmen(TieBreaking.REFUSE).apply(TestFiles.read("ties.pb")));
    }

    @Test
    void needsApprovalBallots() {
        assertThatIllegalArgumentException().isThrownBy(() -> rule().apply(TestFiles.read("ranking.pb")))
                .withMessageContaining("approval ballots");
    }
}
