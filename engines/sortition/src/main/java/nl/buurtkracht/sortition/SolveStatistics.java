// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/**
 * How an algorithm reached its distribution, for logs and reports.
 *
 * @param stages LEXIMIN stages (1 for MAXIMIN, 0 for LEGACY)
 * @param panelsGenerated distinct panels found by the oracle (LEGACY: distinct panels drawn)
 * @param oracleCalls calls of the CP-SAT panel oracle (LEGACY: draws, failed attempts included)
 * @param lpSolves GLOP solves
 * @param reductions times the fixed probabilities were lowered by 10⁻⁴ because a dual LP failed
 * @param classes the number of classes of interchangeable respondents the solvers worked with
 * @param millis the wall-clock time in milliseconds
 */
public record SolveStatistics(int stages, int panelsGenerated, int oracleCalls, int lpSolves, int reductions,
        int classes, long millis) {
}
