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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.geoJson;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public area pages, rendered: home, search, gemeente, wijk and buurt with figures, source, year,
 * breadcrumbs, lists and maps. Test gemeente GM9831 "Paginadorp" exists in 2036 and 2037; its wijken have
 * boundaries in 2037; one buurt's figure is suppressed in 2037.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void importPaginadorp(@Autowired CbsImporter cbs, @Autowired BoundaryImporter boundaries) {
		String file = statLine("31", "Paginadorp");
		cbs.importFile("paginadorp.csv", bytes(file), 2036, ImportProgress.NONE);
		cbs.importFile("paginadorp.csv", bytes(withLine(file, 5,
				"\"Noordbuurt\";\"Paginadorp\";\"Buurt\";\"BU98310000\";\"1\";350;170;180;\".\";40;90;100;70")), 2037,
				ImportProgress.NONE);
		boundaries.importFile("paginadorp.geojson", geoJson("WK983100", "WK983101"), 2037, ImportProgress.NONE);
	}

	@Test
	void homeListsTheGemeentenWithData() throws Exception {
		mvc.perform(get("/").param("pagina", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cijfers over je gemeente, wijk en buurt"),
					containsString("<label class=\"utrecht-form-label\" for=\"q\">Zoek op naam</label>"),
					containsString("Kies je gemeente"))));
		// Other tests share the database and may import every Dutch gemeente: page until Paginadorp shows.
		boolean listed = false;
		for (int page = 1; page <= 40 && !listed; page++) {
			listed = mvc.perform(get("/").param("pagina", String.valueOf(page)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("href=\"/gemeenten/GM9831\">Paginadorp</a>");
		}
		assertThat(listed).as("Paginadorp is listed on one of the pages").isTrue();
	}

	@Test
	void homeFindsWijkenAndBuurtenByNameWithTheirGemeente() throws Exception {
		mvc.perform(get("/").param("q", "noordveld"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Zoekresultaten voor \u201cnoordveld\u201d"),
					containsString("href=\"/buurten/BU98310001\">Noordveld</a>"), containsString("Buurt in Paginadorp"))));
		mvc.perform(get("/").param("q", "Bestaat%Nergens"))
			.andExpect(content().string(allOf(containsString("We vonden niets."), containsString("Controleer de spelling"))));
	}

	@Test
	@Transactional
	void homeExplainsThatAnAdministratorMustImportWhenThereIsNoData() throws Exception {
		jdbc.sql("DELETE FROM area_figure").update();
		jdbc.sql("DELETE FROM area_boundary").update();
		jdbc.sql("DELETE FROM area_region WHERE level = 'NEIGHBOURHOOD'").update();
		jdbc.sql("DELETE FROM area_region WHERE level = 'DISTRICT'").update();
		jdbc.sql("DELETE FROM area_region").update();

		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("Er zijn nog geen cijfers"),
					containsString("Een beheerder moet eerst de cijfers van het CBS importeren"),
					not(containsString("href=\"/beheer/imports\"")))));
		mvc.perform(get("/").with(user("admin-id").roles("ADMIN")))
			.andExpect(content().string(containsString("href=\"/beheer/imports\">Cijfers importeren</a>")));
	}

	@Test
	void gemeentePageShowsKeyFiguresWithYearAndSourceItsWijkenAndAMap() throws Exception {
		mvc.perform(get("/gemeenten/GM9831"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Paginadorp</h1>"), containsString("Kerncijfers 2037"),
					containsString("<dd>1.000</dd>"), containsString("Inwoners naar leeftijd in 2037"),
					containsString("<th scope=\"row\">65 jaar of ouder</th>"), containsString("20,0 %"),
					containsString("Bron: CBS, Kerncijfers wijken en buurten 2037."), containsString("Wijken in Paginadorp"),
					containsString("href=\"/wijken/WK983100\">Wijk 00 Noord</a>"),
					containsString("<div id=\"kaart\" class=\"bk-map\" hidden data-area-map"),
					containsString("data-boundaries=\"/api/v1/areas/GM9831/boundaries?year=2037\""),
					not(containsString("data-tile-url")), containsString("Andere jaren"),
					containsString("href=\"/gemeenten/GM9831?jaar=2036\">2036</a>"))));
	}

	@Test
	void wijkPageHasBreadcrumbsAndItsBuurtenButNoMapWithoutBuurtBoundaries() throws Exception {
		mvc.perform(get("/wijken/WK983100"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<p class=\"bk-lead\">in de gemeente Paginadorp</p>"),
					containsString("<li><a href=\"/gemeenten/GM9831\">Paginadorp</a></li>"),
					containsString("aria-current=\"page\">Wijk 00 Noord</a>"), containsString("Buurten in Wijk 00 Noord"),
					containsString("href=\"/buurten/BU98310000\">Noordbuurt</a>"), containsString("data-area-map"))));
		mvc.perform(get("/wijken/WK983101").param("jaar", "2036"))
			.andExpect(content().string(not(containsString("data-area-map"))));
	}

	@Test
	void buurtPageShowsTheWholePathAndSaysWhenAFigureIsSuppressed() throws Exception {
		mvc.perform(get("/buurten/BU98310000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<li><a href=\"/gemeenten/GM9831\">Paginadorp</a></li>"),
					containsString("<li><a href=\"/wijken/WK983100\">Wijk 00 Noord</a></li>"),
					containsString("in de wijk Wijk 00 Noord, gemeente Paginadorp"),
					containsString("<td class=\"bk-number\">geen gegevens</td>"),
					containsString("Dan publiceert het CBS dit cijfer niet"), containsString("BU98310000"),
					not(containsString("data-area-map")))));
	}

	@Test
	void olderYearsSayNewerFiguresExistAndLinkWithinTheirYear() throws Exception {
		mvc.perform(get("/wijken/WK983100").param("jaar", "2036"))
			.andExpect(content().string(allOf(containsString("Je bekijkt de cijfers van 2036"),
					containsString("href=\"/buurten/BU98310000?jaar=2036\""),
					containsString("href=\"/gemeenten/GM9831?jaar=2036\""), containsString("<dd>2036</dd>"))));
	}

	@Test
	void sendsCodesToTheirOwnPage() throws Exception {
		mvc.perform(get("/gemeenten/gm9831")).andExpect(redirectedUrl("/gemeenten/GM9831"));
		mvc.perform(get("/wijken/GM9831")).andExpect(redirectedUrl("/gemeenten/GM9831"));
		mvc.perform(get("/buurten/WK983100").param("jaar", "2036")).andExpect(redirectedUrl("/wijken/WK983100?jaar=2036"));
	}

	@Test
	void answersNotFoundForUnknownAreasAndYears() throws Exception {
		mvc.perform(get("/gemeenten/GM9839")).andExpect(status().isNotFound());
		mvc.perform(get("/wijken/Noord")).andExpect(status().isNotFound());
		mvc.perform(get("/gemeenten/GM9831").param("jaar", "2001")).andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		mvc.perform(get("/gemeenten/GM9831").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Key figures 2037"), containsString("Inhabitants by age in 2037"),
					containsString("Source: CBS, Key figures for districts and neighbourhoods 2037."),
					containsString("Districts in Paginadorp"))));
	}

}
