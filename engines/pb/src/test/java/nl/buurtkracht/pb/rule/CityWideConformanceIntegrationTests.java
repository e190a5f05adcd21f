// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.io.IOException;
import java.util.List;
import nl.buurtkracht.pb.ReferenceOutcomes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule on the city-wide instances (the largest files) selects exactly the projects pabutools selects. */
class CityWideConformanceIntegrationTests {

    static List<ReferenceOutcomes> references() throws IOException {
        return ReferenceCases.withFileSize(size -> size >= ReferenceCases.CITY_WIDE_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void selectsTheSameProjectsAsPabutools(ReferenceOutcomes reference) {
        ReferenceCases.assertMatches(reference);
    }
}
