// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.buurtkracht.sortition.Quota;
import nl.buurtkracht.sortition.SelectionProblem;
import nl.buurtkracht.sortition.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SortitionFoundationFormatTests {

    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(this.folder.resolve(name), text);
    }

    @Test
    void readsTheCurrentFixtureWithFlexLimits() {
        List<Quota> quotas = SortitionFoundationFormat
            .readQuotas(SharedData.sortition("sortition-algorithms/tests/fixtures/features.csv"));
        assertThat(quotas).hasSize(20).first().isEqualTo(Quota.of("Gender", "Female", 11, 12).withFlex(0, 12));
        SelectionProblem problem = SortitionFoundationFormat.read(
                SharedData.sortition("sortition-algorithms/tests/fixtures/features.csv"),
                SharedData.sortition("sortition-algorithms/tests/fixtures/candidates.csv"), 22);
        assertThat(problem.poolSize()).isEqualTo(150);
        assertThat(problem.respondents().get(0).id()).isEqualTo("p0");
        assertThat(problem.respondents().get(0).features()).containsEntry("geo_bucket", "South Scotland");
    }

    @Test
    void readsTheOldHeaderAndTreatsAllZeroMaxFlexAsNoFlex() {
        List<Quota> quotas = SortitionFoundationFormat
            .readQuotas(SharedData.sortition("stratification-app/fixtures/categories.csv"));
        assertThat(quotas).allSatisfy(q -> assertThat(q.flex()).isNull());
        assertThat(quotas).contains(Quota.of("geo_bucket", "Highlands and Islands", 3, 5));
    }

    @Test
    void reportsTheOldFixturesUnmatchedCategory() {
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.read(
                    SharedData.sortition("stratification-app/fixtures/categories.csv"),
                    SharedData.sortition("stratification-app/fixtures/candidates.csv"), 22))
            .withMessageContaining("candidates.csv line 1").withMessageContaining("age_bucket");
    }

    @Test
    void reportsAMalformedNumberWithItsLine() throws IOException {
        Path features = file("features.csv", "feature,value,min,max\ng,v,1,2\ng,w,one,2\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readQuotas(features))
            .withMessage("features.csv line 3: min must be a non-negative whole number, got 'one'")
            .satisfies(ex -> assertThat(ex.line()).isEqualTo(3));
    }

    @Test
    void reportsMaxFlexBelowMax() throws IOException {
        Path features = file("features.csv", "feature,value,min,max,min_flex,max_flex\ng,v,1,2,0,3\ng,w,1,2,0,1\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readQuotas(features))
            .withMessageStartingWith("features.csv line 3:").withMessageContaining("max_flex >= max");
    }

    @Test
    void reportsAnUnknownValueWithItsLine() throws IOException {
        Path features = file("features.csv", "feature,value,min,max\ng,v,0,2\ng,w,0,2\n");
        Path people = file("people.csv", "id,g\na,v\nb,x\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readPeople(people,
                    SortitionFoundationFormat.readQuotas(features), 1, "id", List.of()))
            .withMessageStartingWith("people.csv line 3:").withMessageContaining("value 'x'");
    }

    @Test
    void reportsADuplicateIdWithItsLine() throws IOException {
        Path features = file("features.csv", "feature,value,min,max\ng,v,0,2\n");
        Path people = file("people.csv", "id,g\na,v\n\"b\",v\na,v\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readPeople(people,
                    SortitionFoundationFormat.readQuotas(features), 1, "id", List.of()))
            .withMessageStartingWith("people.csv line 4:").withMessageContaining("duplicate respondent id 'a'");
    }

    @Test
    void reportsARowWithTheWrongNumberOfFields() throws IOException {
        Path features = file("features.csv", "feature,value,min,max\ng,v,0,2\ng,w,0\n");
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readQuotas(features))
            .withMessage("features.csv line 3: expected 4 fields as in the header, found 3");
    }

    @Test
    void readsQuotedFieldsCrlfAndAByteOrderMark() throws IOException {
        Path features = file("features.csv", "\uFEFFfeature,value,min,max\r\n\"buurt\",\"Noord, Oost\",0,2\r\n");
        Path people = file("people.csv", "id,Buurt,adres\r\n1,\"noord, oost\",\"Dorpsstraat 1\nA\"\r\n2,Noord, Oost,x\r\n");
        List<Quota> quotas = SortitionFoundationFormat.readQuotas(features);
        assertThat(quotas).containsExactly(Quota.of("buurt", "Noord, Oost", 0, 2));
        assertThatExceptionOfType(SortitionFormatException.class)
            .isThrownBy(() -> SortitionFoundationFormat.readPeople(people, quotas, 1, "id", List.of()))
            .withMessageStartingWith("people.csv line 4:");
    }

    @Test
    void groupsHouseholdsByAddressColumnsIgnoringCaseAndSpaces() {
        SelectionProblem problem = nl.buurtkracht.sortition.Pools.households();
        assertThat(problem.respondents().get(0).household()).isEqualTo(problem.respondents().get(1).household());
        assertThat(problem.respondents().get(5).household()).isNotEqualTo(problem.respondents().get(6).household());
        assertThat(problem.hasHouseholds()).isTrue();
    }
}
