// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/**
 * A panel with its probability in a distribution.
 *
 * @param probability the probability λ_P of the panel
 * @param panel the panel
 */
public record WeightedPanel(double probability, Panel panel) {

    public WeightedPanel {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
    }
}
