// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import nl.buurtkracht.monitor.WithRekendorp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monitor's JSON API on Rekendorp: indicators of an area, the index of a gemeente, the map layer, the
 * catalogue, problem+json errors, and the OpenAPI document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitorApiIntegrationTests extends WithRekendorp {

	@Autowired
	MockMvc mvc;





	@Test
	void givesEveryIndicatorOfAnAreaWithMissingValuesAsNullNeverZero() throws Exception {
		mvc.perform(get("/api/v1/areas/BU98710101/indicators?year=2061"))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.code").value("BU98710101"))
			.andExpect(jsonPath("$.level").value("neighbourhood"))
			.andExpect(jsonPath("$.municipality.code").value("GM9871"))
			.andExpect(jsonPath("$.index.composite").value(56.6667))
			.andExpect(jsonPath("$.index.stackingCount").value(1))
			.andExpect(jsonPath("$.index.stackedDomains[0]").value("HEALTH"))
			.andExpect(jsonPath("$.indicators[?(@.key == 'laag-inkomen')].available").value(hasItem(false)))
			.andExpect(jsonPath("$.indicators[?(@.key == 'laag-inkomen')].value").value(hasItem(nullValue())))
			.andExpect(jsonPath("$.indicators[?(@.key == 'laag-inkomen')].referenceYear").value(hasItem(2059)))
			.andExpect(jsonPath("$.indicators[?(@.key == 'bijstand')].value").value(hasItem(40.0)))
			.andExpect(jsonPath("$.indicators[?(@.key == 'bijstand')].referenceMedian").value(hasItem(35.0)))
			.andExpect(jsonPath("$.source").value(containsString("CBS")));
	}

	@Test
	void givesTheIndexOfTheBuurtenWithTheConfigurationItUsed() throws Exception {
		mvc.perform(get("/api/v1/monitor/GM9871/index?year=2061"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("neighbourhood"))
			.andExpect(jsonPath("$.reference.areas").value(6))
			.andExpect(jsonPath("$.reference.withComposite").value(4))
			.andExpect(jsonPath("$.configuration.minimumCoverage").value(0.6))
			.andExpect(jsonPath("$.configuration.domains[0].domain").value("INCOME"))
			.andExpect(jsonPath("$.configuration.domains[0].indicators[0].key").value("laag-inkomen"))
			.andExpect(jsonPath("$.configuration.domains[0].indicators[0].missingInMunicipality").value(2))
			.andExpect(jsonPath("$.configuration.domains[2].measured").value(false))
			.andExpect(jsonPath("$.areas[0].code").value("BU98710001"))
			.andExpect(jsonPath("$.areas[0].index.composite").value(64.0625))
			.andExpect(jsonPath("$.areas[0].index.rank").value(1))
			.andExpect(jsonPath("$.areas[5].code").value("BU98710102"))
			.andExpect(jsonPath("$.areas[5].index.composite").value(nullValue()))
			.andExpect(jsonPath("$.areas[5].smallArea").value(true));
	}

	@Test
	void givesTheWijkenOnRequest() throws Exception {
		mvc.perform(get("/api/v1/monitor/GM9871/index?year=2061&level=district"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("district"))
			.andExpect(jsonPath("$.areas.length()").value(2));
	}

	@Test
	void answersBadParametersWithProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/monitor/GM9871/index?year=twintig"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/api/v1/monitor/GM9871/index?level=provincie"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void answersUnknownAreasAndYearsWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/monitor/GM9879/index"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/monitor/WK987100/index")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/monitor/GM9871/index?year=2062")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/areas/BU98710000/indicators?year=2062"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("BU98710000")));
	}

	@Test
	void listsTheIndicatorCatalogue() throws Exception {
		mvc.perform(get("/api/v1/monitor/indicators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'bijstand')].unit").value(hasItem("per-thousand")))
			.andExpect(jsonPath("$[?(@.key == 'eenzaamheid')].origin").value(hasItem("LOCAL")));
	}

	@Test
	void givesTheMapLayerAsGeoJsonWithClasses() throws Exception {
		mvc.perform(get("/api/v1/monitor/GM9871/map?year=2061"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features.length()").value(6))
			.andExpect(jsonPath("$.features[?(@.id == 'BU98710001')].properties.class").value(hasItem(5)))
			.andExpect(jsonPath("$.features[?(@.id == 'BU98710102')].properties.class").doesNotExist())
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
	}

	@Test
	void documentsTheEndpointsInOpenApi() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/areas/{code}/indicators'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/monitor/{gemeenteCode}/index'].get.responses['404']").exists());
	}

}
