// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.MonitorTestData;
import nl.buurtkracht.monitor.WithRekendorp;
import nl.buurtkracht.monitor.note.FieldNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Field notes ("tellen en vertellen") are written and read only by council members and officials of the
 * gemeente and by administrators; everyone else is refused, and notes never hold obvious personal data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FieldNoteIntegrationTests extends WithRekendorp {

	static final String GEMEENTE = MonitorTestData.REKENDORP;

	static final String BUURT = "BU98710001";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;





	@Test
	void aCouncilMemberWritesANoteAndSeesItOnTheProfileAndInTheOverview() throws Exception {
		AccountPrincipal member = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		String summary = "Op het spreekuur vertelden drie gezinnen dat ze de huur niet meer kunnen betalen " + MonitorTestData.marker();

		mvc.perform(writeNote(member, summary)).andExpect(redirectedUrl("/wijkmonitor/gebied/" + BUURT + "#notities"));

		assertThat(page("/wijkmonitor/gebied/" + BUURT, member)).contains(summary, "Spreekuur", "Vervolg nodig");
		assertThat(page("/wijkmonitor/" + GEMEENTE + "/notities?thema=HOUSING", member)).contains(summary,
				"href=\"/wijkmonitor/" + GEMEENTE + "/notities/export.csv?thema=HOUSING\"");
		assertThat(page("/wijkmonitor/" + GEMEENTE + "/notities?thema=HEALTH", member)).doesNotContain(summary);
		assertThat(page("/wijkmonitor/" + GEMEENTE + "/notities?gebied=WK987100&vervolg=ja", member)).contains(summary);
		assertThat(page("/wijkmonitor/" + GEMEENTE + "/notities?gebied=WK987101", member)).doesNotContain(summary);
		assertThat(page("/wijkmonitor/" + GEMEENTE + "/notities?van=2000-01-01&tot=2000-12-31", member)).doesNotContain(summary);
		String csv = mvc.perform(get("/wijkmonitor/" + GEMEENTE + "/notities/export.csv").with(user(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(summary, "Adviesraadslid");
	}

	@Test
	void keepsNotesOffThePublicProfileAndOutOfOtherGemeenten() throws Exception {
		AccountPrincipal official = Personas.create(accounts, Role.OFFICIAL, GEMEENTE);
		String summary = "Werkbezoek: de buurtkamer is te klein voor de vraag " + MonitorTestData.marker();
		mvc.perform(writeNote(official, summary)).andExpect(status().is3xxRedirection());

		assertThat(mvc.perform(get("/wijkmonitor/gebied/" + BUURT)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(summary).doesNotContain("Notitie toevoegen");
		AccountPrincipal elsewhere = Personas.create(accounts, Role.COUNCIL, "GM0363");
		assertThat(page("/wijkmonitor/gebied/" + BUURT, elsewhere)).doesNotContain(summary);
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);
		assertThat(page("/wijkmonitor/gebied/" + BUURT, resident)).doesNotContain(summary);
	}

	static Stream<Arguments> refusedPeople() {
		return Stream.of(Arguments.of(Role.RESIDENT, null), Arguments.of(Role.INSTITUTION, null),
				Arguments.of(Role.COUNCIL, "GM0363"), Arguments.of(Role.OFFICIAL, "GM0363"));
	}

	@ParameterizedTest(name = "{0} of {1} may not read or write notes of Rekendorp")
	@MethodSource("refusedPeople")
	void refusesEveryoneElse(Role role, String municipality) throws Exception {
		AccountPrincipal person = Personas.create(accounts, role, municipality);
		FieldNote note = existingNote();

		for (String path : List.of("/wijkmonitor/" + GEMEENTE + "/notities", "/wijkmonitor/" + GEMEENTE + "/notities/export.csv",
				"/wijkmonitor/gebied/" + BUURT + "/notities/nieuw", "/wijkmonitor/notities/" + note.id() + "/bewerken",
				"/wijkmonitor/notities/" + note.id() + "/verwijderen")) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isForbidden());
		}
		mvc.perform(writeNote(person, "Poging")).andExpect(status().isForbidden());
		mvc.perform(post("/wijkmonitor/notities/" + note.id() + "/verwijderen").with(user(person)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(monitor.note(note.id())).isPresent();
	}

	@Test
	void sendsAnonymousVisitorsToLogIn() throws Exception {
		FieldNote note = existingNote();

		mvc.perform(get("/wijkmonitor/" + GEMEENTE + "/notities")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/wijkmonitor/notities/" + note.id() + "/bewerken")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(post("/wijkmonitor/gebied/" + BUURT + "/notities").with(csrf()).params(noteParameters("x")))
			.andExpect(redirectedUrl("/inloggen"));
	}

	@Test
	void letsOnlyTheAuthorOrAnAdministratorChangeOrDeleteANote() throws Exception {
		AccountPrincipal author = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		AccountPrincipal colleague = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		AccountPrincipal administrator = Personas.create(accounts, Role.ADMIN, null);
		mvc.perform(writeNote(author, "Eerste versie " + MonitorTestData.marker())).andExpect(status().is3xxRedirection());
		FieldNote note = monitor.notesAbout(new AreaCode(BUURT), 100).stream()
			.filter(found -> found.isWrittenBy(author.id().value()))
			.findFirst()
			.orElseThrow();

		mvc.perform(get("/wijkmonitor/notities/" + note.id() + "/bewerken").with(user(colleague))).andExpect(status().isForbidden());
		mvc.perform(post("/wijkmonitor/notities/" + note.id()).with(user(colleague)).with(csrf()).params(noteParameters("Overschreven")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/wijkmonitor/notities/" + note.id()).with(user(author)).with(csrf()).params(noteParameters("Tweede versie")))
			.andExpect(status().is3xxRedirection());
		assertThat(monitor.note(note.id()).orElseThrow().summary()).isEqualTo("Tweede versie");

		mvc.perform(get("/wijkmonitor/notities/" + note.id() + "/verwijderen").with(user(administrator))).andExpect(status().isOk());
		mvc.perform(post("/wijkmonitor/notities/" + note.id() + "/verwijderen").with(user(administrator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(monitor.note(note.id())).isEmpty();
	}

	@Test
	void refusesPersonalDataWithAClearDutchMessageAndStoresNothing() throws Exception {
		AccountPrincipal member = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		long before = notes();

		String html = mvc.perform(writeNote(member, "Mevrouw De Boer (06-12345678, BSN 111222333) vroeg om hulp"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("Er staat een telefoonnummer in de tekst", "burgerservicenummer",
				"Er staat een naam met meneer of mevrouw ervoor", "Schrijf geen namen of andere persoonsgegevens");
		assertThat(notes()).isEqualTo(before);
	}

	@Test
	void refusesANoteAboutTheFuture() throws Exception {
		AccountPrincipal member = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		Map<String, String> parameters = Map.of("kind", "WORK_VISIT", "notedOn", monitor.today().plusDays(3).toString(),
				"themes", "HOUSING", "summary", "Straks");

		MockHttpServletRequestBuilder request = post("/wijkmonitor/gebied/" + BUURT + "/notities").with(user(member)).with(csrf());
		parameters.forEach(request::param);
		String html = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("De datum ligt in de toekomst");
	}

	@Test
	void listsTheNotesOfAPersonInTheirDownloadAndForgetsTheAuthorWhenTheAccountGoes() throws Exception {
		String email = "notulist-" + UUID.randomUUID() + "@test.buurtkracht.nl";
		var id = accounts.signUp(email, "Notulist", Personas.PASSWORD);
		accounts.assignRoles(id, id, java.util.EnumSet.of(Role.COUNCIL), GEMEENTE);
		AccountPrincipal member = Personas.principal(accounts, id);
		String summary = "Sleutelfiguur: jongeren missen een plek om te sporten " + MonitorTestData.marker();
		mvc.perform(writeNote(member, summary)).andExpect(status().is3xxRedirection());

		assertThat(accounts.personalData(id).toString()).contains(summary);

		accounts.delete(id, Personas.PASSWORD);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM monitor_field_note WHERE summary = :summary AND author_id IS NULL")
			.param("summary", summary)
			.query(Long.class)
			.single()).isEqualTo(1));
	}

	private FieldNote existingNote() throws Exception {
		AccountPrincipal member = Personas.create(accounts, Role.COUNCIL, GEMEENTE);
		String summary = "Bestaande notitie " + MonitorTestData.marker();
		mvc.perform(writeNote(member, summary)).andExpect(status().is3xxRedirection());
		return monitor.notesAbout(new AreaCode(BUURT), 100).stream()
			.filter(note -> note.summary().equals(summary))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder writeNote(AccountPrincipal person, String summary) {
		return post("/wijkmonitor/gebied/" + BUURT + "/notities").with(user(person)).with(csrf()).params(noteParameters(summary));
	}

	private org.springframework.util.MultiValueMap<String, String> noteParameters(String summary) {
		org.springframework.util.LinkedMultiValueMap<String, String> parameters = new org.springframework.util.LinkedMultiValueMap<>();
		parameters.add("kind", "CONSULTATION_HOUR");
		parameters.add("notedOn", monitor.today().minusDays(1).toString());
		parameters.add("themes", "HOUSING");
		parameters.add("themes", "INCOME");
		parameters.add("summary", summary);
		parameters.add("followUpNeeded", "true");
		parameters.add("followUp", "Wijkteam en corporatie vragen om een gezamenlijk spreekuur");
		return parameters;
	}

	private String page(String path, AccountPrincipal person) throws Exception {
		return mvc.perform(get(path).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long notes() {
		return jdbc.sql("SELECT count(*) FROM monitor_field_note").query(Long.class).single();
	}

}
