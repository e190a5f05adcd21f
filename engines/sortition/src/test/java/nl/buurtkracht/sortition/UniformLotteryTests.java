// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.Map;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class UniformLotteryTests {

    private static final PanelDistribution HOUSEHOLDS = new LeximinSelection().distribution(Pools.households());

    @Test
    void listsExactlyMPanelsFromTheDistribution() {
        UniformLottery lottery = HOUSEHOLDS.toLottery(1000, 5);
        assertThat(lottery.size()).isEqualTo(1000);
        assertThat(HOUSEHOLDS.panels()).extracting(WeightedPanel::panel).containsAll(lottery.panels());
    }

    @Test
    void keepsEveryPanelWithinOneCopyOfItsExpectedCount() {
        UniformLottery lottery = HOUSEHOLDS.toLottery(1000, 5);
        for (WeightedPanel panel : HOUSEHOLDS.panels()) {
            long copies = lottery.panels().stream().filter(panel.panel()::equals).count();
            assertThat((double) copies).isCloseTo(1000 * panel.probability(), within(1.0 + 1e-9));
        }
    }

    @RepeatedTest(5)
    void movesNoProbabilityByMoreThanPanelSizeOverM(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        UniformLottery lottery = HOUSEHOLDS.toLottery(200, seed);
        Map<String, Double> rounded = lottery.probabilities();
        HOUSEHOLDS.probabilities().forEach((id, p) -> assertThat(rounded.getOrDefault(id, 0.0))
            .as("seed %d, %s", seed, id).isCloseTo(p, within(HOUSEHOLDS.panels().size() / 200.0)));
    }

    @Test
    void isTheSameForTheSameRoundingSeed() {
        assertThat(HOUSEHOLDS.toLottery(100, 3)).isEqualTo(HOUSEHOLDS.toLottery(100, 3));
    }

    @Test
    void drawsTheSameNumberForTheSameSeedAndStaysInRange() {
        UniformLottery lottery = HOUSEHOLDS.toLottery(1000, 0);
        assertThat(lottery.drawNumber(2026)).isEqualTo(lottery.drawNumber(2026)).isBetween(1, 1000);
        assertThat(lottery.drawNumber(2026)).isEqualTo(1 + (int) new SplitMix64(2026).nextBelow(1000));
    }

    @Test
    void rejectsNumbersOutsideOneToM() {
        UniformLottery lottery = HOUSEHOLDS.toLottery(10, 0);
        assertThatIllegalArgumentException().isThrownBy(() -> lottery.panel(0));
        assertThatIllegalArgumentException().isThrownBy(() -> lottery.panel(11));
    }

    @Test
    void roundsASinglePanelDistributionToCopiesOfThatPanel() {
        PanelDistribution whole = new MaximinSelection().distribution(Pools.wholePool());
        assertThat(whole.toLottery(7, 1).panels()).hasSize(7).containsOnly(whole.panels().get(0).panel());
    }
}
