// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import nl.buurtkracht.sortition.csv.ReplicationFormat;
import nl.buurtkracht.sortition.csv.SortitionFoundationFormat;

/** The public reference instances in ../shared/data/sortition. */
public final class Instances {

    private Instances() {
    }

    /** example_small_20: n = 200, k = 20 (Nature 2021 replication data). */
    public static SelectionProblem exampleSmall20() {
        return replication("example_small_20", 20);
    }

    /** example_large_200: n = 2000, k = 200. */
    public static SelectionProblem exampleLarge200() {
        return replication("example_large_200", 200);
    }

    /** The Sortition Foundation's synthetic 150-person fixture with panel size 22. */
    public static SelectionProblem sortitionFoundationFixture() {
        return SortitionFoundationFormat.read(SharedData.sortition("sortition-algorithms/tests/fixtures/features.csv"),
                SharedData.sortition("sortition-algorithms/tests/fixtures/candidates.csv"), 22);
    }

    private static SelectionProblem replication(String name, int k) {
        String folder = "citizensassemblies-replication/data/" + name + "/";
        return ReplicationFormat.read(SharedData.sortition(folder + "categories.csv"),
                SharedData.sortition(folder + "respondents.csv"), k);
    }
}
