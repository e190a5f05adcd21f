// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTests {

    @Test
    void keepsItsNameAmongTheAttributes() {
        Project project = Project.of("p1", "Speeltuin", 1_250_00);
        assertThat(project.name()).isEqualTo("Speeltuin");
        assertThat(project.attributes()).containsExactly(Map.entry("name", "Speeltuin"));
    }

    @Test
    void hasAnEmptyNameWithoutANameAttribute() {
        assertThat(new Project("p1", 5, Map.of()).name()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " p1", "p1 ", "a,b", "none", "NONE"})
    void rejectsIdsThatCannotBeWrittenToAPabulibVote(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Project.of(id, "x", 1)).withMessageContaining("id");
    }

    @Test
    void rejectsANegativeCost() {
        assertThatIllegalArgumentException().isThrownBy(() -> Project.of("p1", "x", -1))
                .withMessageContaining("negative cost");
    }

    @Test
    void rejectsReservedAttributeNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Project("p1", 1, Map.of("cost", "2")));
    }

    @Test
    void copiesItsAttributes() {
        java.util.HashMap<String, String> attributes = new java.util.HashMap<>(Map.of("name", "a"));
        Project project = new Project("p1", 1, attributes);
        attributes.put("name", "changed");
        assertThat(project.name()).isEqualTo("a");
    }
}
