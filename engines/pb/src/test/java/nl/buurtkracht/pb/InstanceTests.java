// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InstanceTests {

    private final Instance instance = Instance.builder()
            .budget(5_000_000).decimals(2)
            .project("p1", "Speeltuin", 1_250_000)
            .project("p2", "Bankjes", 300_050)
            .meta("description", "Buurtbudget Oost")
            .build();

    @Test
    void keepsProjectsInTheOrderTheyWereAdded() {
        assertThat(instance.projects()).extracting(Project::id).containsExactly("p1", "p2");
        assertThat(instance.indexOf("p2")).isEqualTo(1);
        assertThat(instance.indexOf("p3")).isEqualTo(-1);
    }

    @Test
    void convertsMinorUnitsToExactDecimals() {
        assertThat(instance.toDecimal(300_050)).isEqualByComparingTo(new BigDecimal("3000.50"));
        assertThat(instance.toDecimal(instance.budget())).isEqualByComparingTo(new BigDecimal("50000"));
    }

    @Test
    void rejectsDuplicateProjectIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Instance.builder().project("a", "x", 1)
                .project("a", "y", 2).build()).withMessageContaining("duplicate project id: a");
    }

    @Test
    void rejectsANegativeBudget() {
        assertThatIllegalArgumentException().isThrownBy(() -> Instance.builder().budget(-1).build());
    }

    @Test
    void changesOnlyTheBudgetWithBudget() {
        Instance larger = instance.withBudget(6_000_000);
        assertThat(larger.budget()).isEqualTo(6_000_000);
        assertThat(larger.projects()).isEqualTo(instance.projects());
        assertThat(larger).isNotEqualTo(instance);
    }

    @Test
    void isEqualToAnInstanceWithTheSameContent() {
        Instance same = Instance.builder().budget(5_000_000).decimals(2).project("p1", "Speeltuin", 1_250_000)
                .project("p2", "Bankjes", 300_050).meta("description", "Buurtbudget Oost").build();
        assertThat(same).isEqualTo(instance).hasSameHashCodeAs(instance);
    }
}
