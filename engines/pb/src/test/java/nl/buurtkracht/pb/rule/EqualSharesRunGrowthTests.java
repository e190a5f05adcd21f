// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Regression: a run that creates more budget classes than its initial capacity (64) grows its arrays in the middle of
 * charging a project. A store of the form {@code target[i] = charge(...)} then went to the old array (Java evaluates
 * the array reference first), so the supporters moved to a stale class.
 */
class EqualSharesRunGrowthTests {

    /**
     * Ballots are the binary codes 1..255 over p0..p7, so every round splits every class (2^8 classes in the end), plus
     * z1..z3 approved by everyone, which come last and are affordable only if every earlier payment was charged.
     */
    private static Profile binaryCodes(long budget) {
        String costs = "p0=131 p1=130 p2=129 p3=128 p4=127 p5=126 p6=125 p7=124 z1=600 z2=640 z3=700";
        List<String> ballots = new ArrayList<>();
        for (int code = 1; code < 256; code++) {
            List<String> approved = new ArrayList<>();
            for (int bit = 0; bit < 8; bit++) {
                if ((code & 1 << bit) != 0) {
                    approved.add("p" + bit);
                }
            }
            approved.add("z1");
            approved.add("z2");
            approved.add("z3");
            ballots.add(String.join(",", approved));
        }
        return TestFiles.approvals(budget, costs, ballots.toArray(String[]::new));
    }

    @Test
    void growsTheClassArraysDuringAChargeWithoutLosingTheTargetClass() {
        for (long budget = 2920; budget <= 3000; budget += 20) {
            Profile profile = binaryCodes(budget);
            for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
                Rational perVoter = MethodOfEqualShares.equalShare(profile);
                List<String> expected = ReferenceEqualShares.run(profile, satisfaction, perVoter);
                MethodOfEqualShares mes = new MethodOfEqualShares(satisfaction);
                assertThat(mes.select(profile).selected()).as("budget %d, %s", budget, satisfaction)
                        .isEqualTo(expected);
                assertThat(mes.apply(profile).selected()).as("explained, budget %d, %s", budget, satisfaction)
                        .isEqualTo(expected);
            }
        }
    }
}
