// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform lottery over m panels, numbered 1..m (Flanigan, Kehne &amp; Procaccia, NeurIPS 2021): publish
 * the list first, then draw one public number. Anyone can recompute each respondent's probability as
 * (number of listed panels holding them)/m and check every panel against the quotas.
 *
 * @param panels the panels; panel number j is {@code panels.get(j - 1)}; equal panels are adjacent
 * @param roundingSeed the seed of the pipage rounding that produced the list
 */
public record UniformLottery(List<Panel> panels, long roundingSeed) {

    /** Fixed-point units per lottery ticket in the rounding; exact integer arithmetic keeps it portable. */
    private static final long UNIT = 1L << 20;

    public UniformLottery {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a lottery needs at least one panel");
        }
    }

    /** The number of panels m. */
    public int size() {
        return this.panels.size();
    }

    /** The panel with this number (1..m). */
    public Panel panel(int number) {
        if (number < 1 || number > this.panels.size()) {
            throw new IllegalArgumentException("lottery numbers run from 1 to %d, got %d".formatted(size(), number));
        }
        return this.panels.get(number - 1);
    }

    /** The winning number for this seed: 1 + {@link SplitMix64#nextBelow(long) nextBelow(m)}. */
    public int drawNumber(long seed) {
        return 1 + (int) new SplitMix64(seed).nextBelow(this.panels.size());
    }

    /** Each respondent's probability under the lottery: (panels holding them)/m, for panel members only. */
    public Map<String, Double> probabilities() {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (Panel panel : this.panels) {
            for (String id : panel.members()) {
                probabilities.merge(id, 1.0 / this.panels.size(), Double::sum);
            }
        }
        return Collections.unmodifiableMap(probabilities);
    }

    /**
     * Rounds a distribution to m panels (spec §4): panel P gets ⌊m·λ_P⌋ copies, and the fractional parts are
     * rounded by pipage rounding, which keeps every panel's expected count at m·λ_P. All arithmetic is on
     * integers (λ quantised to multiples of 1/(m·2²⁰)) and the random choices come from {@link SplitMix64},
     * so the list is the same on every machine.
     */
    static UniformLottery round(PanelDistribution distribution, int m, long seed) {
        if (m < 1) {
            throw new IllegalArgumentException("the lottery needs at least 1 panel, got " + m);
        }
        List<WeightedPanel> weighted = distribution.panels();
        long[] units = quantise(weighted, m);
        SplitMix64 random = new SplitMix64(seed);
        int i = nextFractional(units, 0);
        while (i >= 0) {
            int j = nextFractional(units, i + 1);
            if (j < 0) {
                break;
            }
            long a = units[i] % UNIT;
            long b = units[j] % UNIT;
            long up = Math.min(UNIT - a, b);
            long down = Math.min(a, UNIT - b);
            if (random.nextBelow(up + down) < down) {
                units[i] += up;
                units[j] -= up;
            }
            else {
                units[i] -= down;
                units[j] += down;
            }
            i = units[i] % UNIT != 0 ? i : nextFractional(units, i + 1);
        }
        List<Panel> panels = new ArrayList<>(m);
        for (int p = 0; p < units.length; p++) {
            panels.addAll(Collections.nCopies((int) (units[p] / UNIT), weighted.get(p).panel()));
        }
        return new UniformLottery(panels, seed);
    }

    private static long[] quantise(List<WeightedPanel> weighted, int m) {
        long[] units = new long[weighted.size()];
        long total = 0;
        int largest = 0;
        for (int p = 0; p < units.length; p++) {
            units[p] = Math.round(weighted.get(p).probability() * m * UNIT);
            total += units[p];
            if (units[p] > units[largest]) {
                largest = p;
            }
        }
        units[largest] += m * UNIT - total;
        return units;
    }

    private static int nextFractional(long[] units, int from) {
        for (int p = from; p < units.length; p++) {
            if (units[p] % UNIT != 0) {
                return p;
            }
        }
        return -1;
    }
}
