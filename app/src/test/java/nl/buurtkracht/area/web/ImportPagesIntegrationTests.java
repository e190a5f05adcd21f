// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.time.Duration;

import nl.buurtkracht.area.AreaTables;
import nl.buurtkracht.area.RecordedAreaEvents;
import nl.buurtkracht.system.JobPolling;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's imports page: upload, error summary, progress polled by htmx, result per level.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesIntegrationTests {

	static final RequestPostProcessor ADMIN = user("admin-id").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheUploadFormToAdministratorsOnly() throws Exception {
		mvc.perform(get("/beheer/imports").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Gegevens importeren</h1>"),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
					containsString("<label class=\"utrecht-form-label\" for=\"file\">Bestand</label>"),
					containsString("checked=\"checked\""), not(containsString("bk-error-summary")))));
		mvc.perform(get("/beheer/imports").with(user("official-id").roles("OFFICIAL"))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/imports")).andExpect(status().is3xxRedirection());
	}

	@Test
	void asksForWhatIsMissingInAnErrorSummaryThatLinksToTheFields() throws Exception {
		mvc.perform(multipart("/beheer/imports").param("kind", "cbs-kwb").param("year", "24").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("class=\"bk-error-summary\""),
					containsString("<a href=\"#year\">Vul een jaar in met vier cijfers"),
					containsString("<a href=\"#file\">Kies een bestand.</a>"), containsString("value=\"24\""),
					containsString("aria-invalid=\"true\""))));
	}

	@Test
	void showsEveryProblemOfARefusedFileAndStoresNothing() throws Exception {
		AreaTables.Fingerprint before = AreaTables.fingerprint(jdbc);
		byte[] bad = bytes(withLine(statLine("41", "Formulierdorp"), 5,
				"\"Noordbuurt\";\"Formulierdorp\";\"Buurt\";\"BU98410000\";\"1\";350;veel;180;50;40;90;100;70"));

		mvc.perform(multipart("/beheer/imports").file(file(bad)).param("kind", "cbs-kwb").param("year", "2038")
			.with(ADMIN)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<a href=\"#file\">Regel 5: &quot;veel&quot; is geen getal.</a>"),
					containsString("Het bestand heeft 1 fout. Er is niets opgeslagen."))));
		assertThat(AreaTables.fingerprint(jdbc)).isEqualTo(before);
	}

	@Test
	void startsTheImportAndShowsItsProgressUntilItHasFinished() throws Exception {
		String page = mvc.perform(multipart("/beheer/imports").file(file(bytes(statLine("42", "Voortgangdorp"))))
			.param("kind", "cbs-kwb")
			.param("year", "2038")
			.with(ADMIN)
			.with(csrf()))
			.andExpect(redirectedUrlPattern("/beheer/imports/*"))
			.andExpect(flash().attribute("flash", containsString("De import loopt nu")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(page).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Import van kwb.csv"), containsString("role=\"status\""))));
		await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(page).with(ADMIN))
			.andReturn().getResponse().getContentAsString().contains("De import is gelukt."));

		mvc.perform(get(page + "/voortgang").header("HX-Request", "true").with(ADMIN))
			.andExpect(status().is(JobPolling.STOP_POLLING))
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("De import is gelukt."),
					containsString("<th scope=\"row\">Buurten</th><td class=\"bk-number\">3</td>"))));
		mvc.perform(get(page).with(ADMIN))
			.andExpect(content().string(allOf(not(containsString("hx-trigger")), containsString("kwb.csv"))));
		mvc.perform(get("/beheer/imports").with(ADMIN)).andExpect(content().string(containsString(page)));
	}

	@Test
	void pollsWhileTheImportRunsAndShowsTheErrorsOfAFailedOne() throws Exception {
		String page = mvc.perform(multipart("/beheer/imports").file(file(bytes(statLine("43", "Faaldorp"))))
			.param("kind", "cbs-kwb")
			.param("year", String.valueOf(RecordedAreaEvents.FAILING_YEAR))
			.with(ADMIN)
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();

		await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(page + "/voortgang").with(ADMIN))
			.andReturn().getResponse().getContentAsString().contains("De import is mislukt."));
		mvc.perform(get(page).with(ADMIN))
			.andExpect(content().string(allOf(containsString("Fouten in het bestand"),
					containsString("Er ging iets mis op de server. Er is niets opgeslagen."))));
		mvc.perform(get("/beheer/imports/00000000-0000-0000-0000-000000000000").with(ADMIN))
			.andExpect(status().isNotFound());
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "kwb.csv", "text/csv", content);
	}

}
