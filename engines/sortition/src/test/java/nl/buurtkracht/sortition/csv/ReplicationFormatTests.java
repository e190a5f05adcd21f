// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.buurtkracht.sortition.SelectionProblem;
import nl.buurtkracht.sortition.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReplicationFormatTests {

    @TempDir
    Path folder;

    @Test
    void readsExampleSmall20WithRowNumbersAsIds() {
        SelectionProblem problem = ReplicationFormat.read(
                SharedData.sortition("citizensassemblies-replication/data/example_small_20/categories.csv"),
                SharedData.sortition("citizensassemblies-replication/data/example_small_20/respondents.csv"), 20);
        assertThat(problem.poolSize()).isEqualTo(200);
        assertThat(problem.quotas()).hasSize(4);
        assertThat(problem.respondents().get(0).id()).isEqualTo("0");
        assertThat(problem.respondents().get(199).id()).isEqualTo("199");
        assertThat(problem.respondents().get(0).features()).containsEntry("gender", "female")
            .containsEntry("leaning", "conservative");
    }

    @Test
    void reportsAnUnknownValueWithItsLine() throws IOException {
        Path categories = Files.writeString(this.folder.resolve("categories.csv"), "category,feature,min,max\ng,v,0,1");
        Path respondents = Files.writeString(this.folder.resolve("respondents.csv"), "g\nv\nw");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> ReplicationFormat.read(categories, respondents, 1))
            .withMessageStartingWith("respondents.csv line 3:").withMessageContaining("value 'w'");
    }

    @Test
    void reportsADuplicateQuotaWithBothLines() throws IOException {
        Path categories = Files.writeString(this.folder.resolve("categories.csv"),
                "category,feature,min,max\ng,v,0,1\nG,V,0,2\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> ReplicationFormat.readCategories(categories))
            .withMessage("categories.csv line 3: duplicate quota G=V (first on line 2)");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        Path categories = Files.writeString(this.folder.resolve("categories.csv"), "");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> ReplicationFormat.readCategories(categories)).withMessageContaining("empty");
    }
}
