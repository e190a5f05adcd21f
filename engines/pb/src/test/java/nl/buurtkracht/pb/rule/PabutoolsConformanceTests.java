// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.io.IOException;
import java.util.List;
import nl.buurtkracht.pb.ReferenceOutcomes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on every instance below {@value ReferenceCases#CITY_WIDE_BYTES} bytes selects exactly the projects
 * pabutools 1.2.3 selects ({@code ../shared/data/pabulib/expected.json}); the city-wide files are in
 * {@link CityWideConformanceIntegrationTests}.
 */
class PabutoolsConformanceTests {

    static List<ReferenceOutcomes> references() throws IOException {
        return ReferenceCases.withFileSize(size -> size < ReferenceCases.CITY_WIDE_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void selectsTheSameProjectsAsPabutools(ReferenceOutcomes reference) {
        ReferenceCases.assertMatches(reference);
    }
}
