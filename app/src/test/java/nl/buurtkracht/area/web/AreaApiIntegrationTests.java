// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import nl.buurtkracht.area.importing.BoundaryImporter;
import nl.buurtkracht.area.importing.CbsImporter;
import nl.buurtkracht.area.importing.ImportProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.geoJson;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public read API: an area with its key figures, lists a page at a time, figures, and GeoJSON boundaries.
 * Test gemeente GM9821 "Apidorp" exists in 2036 and 2037, with wijk boundaries in 2037.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void importApidorp(@Autowired CbsImporter cbs, @Autowired BoundaryImporter boundaries) {
		String file = statLine("21", "Apidorp");
		cbs.importFile("apidorp.csv", bytes(file), 2036, ImportProgress.NONE);
		cbs.importFile("apidorp.csv", bytes(withLine(file, 3,
				"\"Apidorp\";\"Apidorp\";\"Gemeente\";\"GM9821\";\"1\";1010;495;515;155;\".\";250;280;200")), 2037,
				ImportProgress.NONE);
		boundaries.importFile("apidorp.geojson", geoJson("GM9821", "WK982100", "WK982101"), 2037, ImportProgress.NONE);
	}

	@Test
	void showsAnAreaWithItsKeyFiguresOfTheNewestYear() throws Exception {
		mvc.perform(get("/api/v1/areas/GM9821"))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.code").value("GM9821"))
			.andExpect(jsonPath("$.name").value("Apidorp"))
			.andExpect(jsonPath("$.level").value("municipality"))
			.andExpect(jsonPath("$.parentCode").value(nullValue()))
			.andExpect(jsonPath("$.year").value(2037))
			.andExpect(jsonPath("$.years[0]").value(2037))
			.andExpect(jsonPath("$.years[1]").value(2036))
			.andExpect(jsonPath("$.inhabitants").value(1010))
			.andExpect(jsonPath("$.men").value(495))
			.andExpect(jsonPath("$.ageGroups[0].ageGroup").value("0-15"))
			.andExpect(jsonPath("$.ageGroups[0].inhabitants").value(155))
			.andExpect(jsonPath("$.ageGroups[1].inhabitants").value(nullValue()))
			.andExpect(jsonPath("$.source").value("CBS, Kerncijfers wijken en buurten"));
	}

	@Test
	void showsAnotherYearAndTheParentOfAWijk() throws Exception {
		mvc.perform(get("/api/v1/areas/GM9821").param("year", "2036"))
			.andExpect(jsonPath("$.year").value(2036))
			.andExpect(jsonPath("$.inhabitants").value(1000))
			.andExpect(jsonPath("$.ageGroups[1].inhabitants").value(120));
		mvc.perform(get("/api/v1/areas/bu98210001"))
			.andExpect(jsonPath("$.code").value("BU98210001"))
			.andExpect(jsonPath("$.level").value("neighbourhood"))
			.andExpect(jsonPath("$.parentCode").value("WK982100"))
			.andExpect(jsonPath("$.municipalityCode").value("GM9821"));
	}

	@Test
	void answersNotFoundWithProblemJsonForAnUnknownArea() throws Exception {
		for (String path : new String[] { "/api/v1/areas/GM9829", "/api/v1/areas/not-a-code",
				"/api/v1/areas/GM9821?year=1999", "/api/v1/areas/GM9829/boundaries" }) {
			mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Er is geen gebied met code")));
		}
	}

	@Test
	void listsTheAreasInsideAnAreaAPageAtATime() throws Exception {
		mvc.perform(get("/api/v1/areas").param("parent", "GM9821").param("size", "1").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].code").value("WK982101"))
			.andExpect(jsonPath("$.items[0].municipalityName").value("Apidorp"))
			.andExpect(jsonPath("$.items[0].inhabitants").value(400))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/v1/areas").param("parent", "WK982100").param("year", "2036"))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].year").value(2036));
	}

	@Test
	void findsAreasByNameAndListsGemeenten() throws Exception {
		mvc.perform(get("/api/v1/areas").param("q", "apidorp"))
			.andExpect(jsonPath("$.items[0].code").value("GM9821"))
			.andExpect(jsonPath("$.items[0].level").value("municipality"));
		mvc.perform(get("/api/v1/areas").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].level").value("municipality"));
	}

	@Test
	void refusesPagingBeyondItsLimitsNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/areas").param("size", "201"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/areas").param("page", "0")).andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/v1/areas").param("parent", "Amsterdam")).andExpect(jsonPath("$.errors[0].field").value("parent"));
		mvc.perform(get("/api/v1/areas/GM9821").param("year", "2o37")).andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void servesEveryFigureOfAnAreaByLabel() throws Exception {
		mvc.perform(get("/api/v1/areas/BU98210000/figures").param("year", "2036"))
			.andExpect(jsonPath("$.year").value(2036))
			.andExpect(jsonPath("$.figures['bevolking.aantal.inwoners.aantal']").value(350))
			.andExpect(jsonPath("$.figures.length()").value(8));
	}

	@Test
	void servesBoundariesAsGeoJsonWithNamesAndLinks() throws Exception {
		mvc.perform(get("/api/v1/areas/GM9821/boundaries"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[0].properties.name").value("Wijk 00 Noord"))
			.andExpect(jsonPath("$.features[0].properties.href").value("/wijken/WK982100"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
		mvc.perform(get("/api/v1/areas/GM9821/boundary"))
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.properties.code").value("GM9821"));
		mvc.perform(get("/api/v1/areas/GM9821/boundaries").param("year", "2036"))
			.andExpect(jsonPath("$.features.length()").value(0));
		mvc.perform(get("/api/v1/areas/GM9821/boundary").param("year", "2036")).andExpect(status().isNotFound());
	}

	@Test
	void documentsTheEndpointsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(jsonPath("$.paths['/api/v1/areas/{code}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/areas'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/areas/{code}/boundaries'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/imports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/imports/{id}'].get").exists());
	}

}
