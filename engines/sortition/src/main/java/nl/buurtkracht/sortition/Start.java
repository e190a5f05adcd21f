// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

/** The start shared by MAXIMIN and LEXIMIN: the feasibility check and the number of initial rounds. */
final class Start {

    private Start() {
    }

    /**
     * Column generation with one feasible panel, after checking that one exists.
     *
     * @throws InfeasibleQuotasException with a diagnosis if no panel meets the quotas
     */
    static ColumnGeneration columnGeneration(String algorithm, SelectionProblem problem, CompiledProblem compiled,
            SolverSettings settings) {
        ColumnGeneration generation = new ColumnGeneration(algorithm, compiled, settings);
        int[] panel = generation.oracle().any();
        if (panel == null) {
            throw new InfeasibleQuotasException(QuotaDiagnosis.diagnose(problem));
        }
        generation.add(panel);
        return generation;
    }

    /** Multiplicative-weights rounds: {@code factor} times the number of classes. */
    static int rounds(CompiledProblem compiled, int factor) {
        return factor * compiled.classCount();
    }
}
