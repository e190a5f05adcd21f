// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SelectionProblemTests {

    private static final List<Quota> QUOTAS = List.of(Quota.of("Gender", "Vrouw", 1, 2), Quota.of("Gender", "Man", 1, 2));

    @Test
    void matchesFeaturesAndValuesIgnoringCaseAndSpaces() {
        SelectionProblem problem = SelectionProblem.builder(QUOTAS).panelSize(2)
            .respondent("a", Map.of(" gender ", "VROUW "))
            .respondent("b", Map.of("GENDER", "man"))
            .build();
        assertThat(problem.respondents().get(0).features()).containsEntry("Gender", "Vrouw");
        assertThat(problem.respondents().get(1).features()).containsEntry("Gender", "Man");
        assertThat(problem.features()).containsExactly("Gender");
    }

    @Test
    void rejectsADuplicateId() {
        SelectionProblem.Builder builder = SelectionProblem.builder(QUOTAS).respondent("a", Map.of("gender", "vrouw"));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.respondent("a", Map.of("gender", "man")))
            .withMessageContaining("duplicate respondent id 'a'");
    }

    @Test
    void rejectsAValueWithoutQuota() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SelectionProblem.builder(QUOTAS).respondent("a", Map.of("gender", "x")))
            .withMessageContaining("value 'x' for feature 'Gender'").withMessageContaining("Vrouw, Man");
    }

    @Test
    void rejectsAMissingFeatureAndAFeatureWithoutQuotas() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SelectionProblem.builder(QUOTAS).respondent("a", Map.of()))
            .withMessageContaining("no value for feature 'Gender'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SelectionProblem.builder(QUOTAS).respondent("a", Map.of("gender", "man", "age", "30")))
            .withMessageContaining("feature 'age', which has no quotas");
    }

    @Test
    void rejectsAPanelLargerThanThePool() {
        assertThatIllegalArgumentException().isThrownBy(() -> SelectionProblem.builder(QUOTAS).panelSize(2)
            .respondent("a", Map.of("gender", "man")).build()).withMessageContaining("between 1 and the pool size 1");
    }

    @Test
    void rejectsDuplicateQuotasAndInconsistentBounds() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SelectionProblem.builder(List.of(Quota.of("g", "v", 0, 1), Quota.of("G", "V", 0, 2))));
        assertThatIllegalArgumentException().isThrownBy(() -> Quota.of("g", "v", 3, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Quota.of("g", "v", 1, 2).withFlex(2, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Quota.of("g", "v", 1, 2).withFlex(0, 1));
    }

    @Test
    void diagnosesNothingForFeasibleQuotas() {
        assertThat(Pools.households().diagnose()).isEmpty();
    }

    @Test
    void diagnosesAPanelSizeThatHouseholdsCannotReach() {
        SelectionProblem problem = SelectionProblem.builder(List.of(Quota.of("g", "v", 0, 3))).panelSize(2)
            .respondent(new Respondent("a", Map.of("g", "v"), "same"))
            .respondent(new Respondent("b", Map.of("g", "v"), "SAME "))
            .build();
        InfeasibilityReport report = problem.diagnose().orElseThrow();
        assertThat(report.conflict()).isEmpty();
        assertThat(report.relaxable()).isFalse();
        assertThat(report.describe()).contains("cannot be reached even without quotas");
    }

    @Test
    void suggestsRaisingAMaximumWithinTheDefaultFlex() {
        SelectionProblem problem = SelectionProblem.builder(List.of(Quota.of("g", "v", 0, 1), Quota.of("g", "w", 0, 1)))
            .panelSize(3)
            .respondent("a", Map.of("g", "v")).respondent("b", Map.of("g", "v")).respondent("c", Map.of("g", "w"))
            .build();
        InfeasibilityReport report = problem.diagnose().orElseThrow();
        assertThat(report.conflict()).extracting(QuotaBound::toString).containsExactly("g=v <= 1");
        assertThat(report.relaxation()).containsExactly(new QuotaChange("g", "v", 0, 1, 0, 2));
    }
}
