// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import nl.buurtkracht.area.AreaTables;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.geoJson;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static nl.buurtkracht.area.CbsTestFiles.withoutColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/imports} and {@code GET /api/v1/imports/{id}}: a good file is queued and imported in
 * the background; a malformed one is refused at once with every problem's line and field, and the
 * database is left exactly as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTests {

	static final RequestPostProcessor ADMIN = user("admin-id").roles("ADMIN");

	static final String CODE_COLUMN = "Regioaanduiding/Codering (code)";

	/** Gemeente GM9812 in 2032: nothing of it is ever stored, so every file about it must be judged alone. */
	static final String REFUSED = statLine("12", "Weigerdorp");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void queuesAGoodFileAndReportsTheImportUntilItHasFinished() throws Exception {
		String location = mvc.perform(upload("cbs-kwb", "kwb.csv", bytes(statLine("11", "Importdorp"))).param("year", "2031"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/v1/imports/")))
			.andExpect(jsonPath("$.kind").value("cbs-kwb"))
			.andExpect(jsonPath("$.fileName").value("kwb.csv"))
			.andExpect(jsonPath("$.year").value(2031))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		await().atMost(Duration.ofSeconds(30)).until(() -> state(location).equals("SUCCEEDED"));
		mvc.perform(get(location).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.municipalities").value(1))
			.andExpect(jsonPath("$.counts.districts").value(2))
			.andExpect(jsonPath("$.counts.neighbourhoods").value(3))
			.andExpect(jsonPath("$.counts.figures").value(48))
			.andExpect(jsonPath("$.counts.skipped").value(1))
			.andExpect(jsonPath("$.progress.percent").value(100))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andExpect(jsonPath("$.finishedAt").isNotEmpty());
	}

	static Stream<Arguments> malformedFiles() {
		return Stream.of(
				Arguments.of("wrong encoding", "cbs-kwb", withLine(REFUSED, 5,
						"\"Noordbuurt é\";\"Weigerdorp\";\"Buurt\";\"BU98120000\";\"1\";350;170;180;50;40;90;100;70")
					.getBytes(StandardCharsets.ISO_8859_1), 5, null),
				Arguments.of("missing code column", "cbs-kwb", bytes(withoutColumn(REFUSED, 3)), 1, CODE_COLUMN),
				Arguments.of("rows with another separator", "cbs-kwb", bytes(withLine(REFUSED, 5,
						"\"Noordbuurt\",\"Weigerdorp\",\"Buurt\",\"BU98120000\",\"1\",350,170,180,50,40,90,100,70")), 5, null),
				Arguments.of("tab separated", "cbs-kwb", bytes(REFUSED.replace(';', '\t')), 1, null),
				Arguments.of("truncated row", "cbs-kwb", bytes(REFUSED.substring(0, REFUSED.length() - 20)), 8, null),
				Arguments.of("truncated inside a quote", "cbs-kwb",
						bytes(REFUSED.substring(0, REFUSED.lastIndexOf("BU98120100"))), 8, null),
				Arguments.of("unknown parent code", "cbs-kwb", bytes(REFUSED
						+ "\"Verdwaald\";\"Weigerdorp\";\"Buurt\";\"BU98120500\";\"1\";5;5;0;0;0;0;5;0\r\n"), 9, CODE_COLUMN),
				Arguments.of("not a number", "cbs-kwb", bytes(withLine(REFUSED, 5,
						"\"Noordbuurt\";\"Weigerdorp\";\"Buurt\";\"BU98120000\";\"1\";350;17O;180;50;40;90;100;70")), 5,
						"Bevolking/Geslacht/Mannen (aantal)"),
				Arguments.of("boundary of an unknown area", "geojson", geoJson("WK981200"), 2, "feature 1"),
				Arguments.of("broken GeoJSON", "geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{".getBytes(
						StandardCharsets.UTF_8), 2, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedFiles")
	void refusesAMalformedFileAtOnceAndLeavesTheDatabaseAsItWas(String problem, String kind, byte[] content,
			int line, @Nullable String field) throws Exception {
		AreaTables.Fingerprint before = AreaTables.fingerprint(jdbc);

		mvc.perform(upload(kind, "weigerdorp-2032.csv", content).param("year", "2032"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].line").value(line))
			.andExpect(field == null ? jsonPath("$.errors[0].field").value(nullValue())
					: jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());

		assertThat(AreaTables.fingerprint(jdbc)).isEqualTo(before);
	}

	@Test
	void namesTheParameterThatIsWrong() throws Exception {
		byte[] file = bytes(REFUSED);
		mvc.perform(upload("shapefile", "a.csv", file)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(upload("cbs-kwb", "a.csv", file).param("year", "twintig")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(upload("cbs-kwb", "a.csv", new byte[0])).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void letsOnlyAdministratorsImport() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "a.csv", "text/csv", bytes(REFUSED));
		mvc.perform(multipart("/api/v1/imports").file(file).param("kind", "cbs-kwb").with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(multipart("/api/v1/imports").file(file).param("kind", "cbs-kwb")
			.with(user("resident-id").roles("RESIDENT", "OFFICIAL"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/imports/00000000-0000-0000-0000-000000000000").with(user("official-id").roles("OFFICIAL")))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundForAnUnknownImport() throws Exception {
		mvc.perform(get("/api/v1/imports/00000000-0000-0000-0000-000000000000").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/imports/not-an-id").with(ADMIN)).andExpect(status().isNotFound());
	}

	private MockMultipartHttpServletRequestBuilder upload(String kind, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports")
			.file(new MockMultipartFile("file", name, "text/csv", content));
		request.param("kind", kind).with(ADMIN).with(csrf());
		return request;
	}

	private String state(String location) throws Exception {
		String body = mvc.perform(get(location).with(ADMIN)).andReturn().getResponse().getContentAsString();
		return body.replaceAll(".*\"state\":\"([A-Z]+)\".*", "$1");
	}

}
