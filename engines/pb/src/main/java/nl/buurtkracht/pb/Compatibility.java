// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

/**
 * Which reference implementation the add1 completion of the Method of Equal Shares follows (PB-SPEC.md §4.3, §6).
 */
public enum Compatibility {

    /**
     * pabutools 1.2.3: start from exactly B/n per voter; stop when the outcome is exhaustive with respect to the MES
     * candidates (projects with positive satisfaction and positive cost).
     */
    PABUTOOLS,
    /**
     * equalshares.net ("add1u", options exhaustive and integral): start from ⌊B/n⌋ whole currency units per voter;
     * stop when the outcome is exhaustive with respect to all projects. Use it with an explicit tie-breaking.
     */
    EQUALSHARES_NET
}
