// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.monitor.MonitorTestData;
import nl.buurtkracht.monitor.WithRekendorp;
import nl.buurtkracht.system.JobState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator defines a local indicator, sets up the index and uploads values; uploads are all or
 * nothing with line numbers; every other role is refused the admin pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocalImportIntegrationTests extends WithRekendorp {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;




	AccountPrincipal administrator;

	@BeforeEach
	void createAdministrator() {
		administrator = Personas.create(accounts, Role.ADMIN, null);
	}

	@Test
	void definesALocalIndicatorUploadsItsValuesAndRecomputesTheIndex() throws Exception {
		String key = "wachtlijst-schuldhulp-" + System.nanoTime() % 100000;
		mvc.perform(post("/beheer/wijkmonitor/indicatoren").with(user(administrator)).with(csrf())
			.param("key", key)
			.param("nameNl", "Wachttijd schuldhulp")
			.param("nameEn", "Waiting time for debt help")
			.param("unit", "YEARS")
			.param("direction", "HIGHER_IS_WORSE")
			.param("source", "Gemeente Rekendorp")
			.param("domain", "DEBTS")).andExpect(status().is3xxRedirection());
		assertThat(monitor.indexSetup().membership(key)).isPresent();
		assertThat(monitor.audit(5)).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("INDICATOR_DEFINED"));

		String file = "code;indicator;year;value\nBU98710000;" + key + ";2061;0,5\nBU98710001;" + key + ";2061;0,8\n";
		String location = mvc.perform(multipart("/beheer/wijkmonitor/import")
			.file(new MockMultipartFile("file", "schuldhulp.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.with(user(administrator))
			.with(csrf())).andExpect(redirectedUrlPattern("/beheer/wijkmonitor/taken/*")).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		await().atMost(Duration.ofSeconds(60)).until(() -> monitor.job(nl.buurtkracht.system.JobId.parse(id))
			.map(job -> job.state().isFinished())
			.orElse(false));
		assertThat(monitor.job(nl.buurtkracht.system.JobId.parse(id)).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(mvc.perform(get(location).with(user(administrator))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("De taak is klaar");

		assertThat(jdbc.sql("SELECT count(*) FROM monitor_indicator_value WHERE indicator = :key AND year = 2061")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM monitor_domain_score WHERE domain = 'DEBTS' AND year = 2061")
			.query(Long.class)
			.single()).as("the debts domain is measured now").isEqualTo(2);

		// Put the worked example back as documented.
		jdbc.sql("DELETE FROM monitor_indicator_value WHERE indicator = :key").param("key", key).update();
		monitor.configureIndex(withoutMembership(key), administrator.id());
		nl.buurtkracht.system.JobId recompute = monitor.recompute(administrator.id());
		data().awaitJob(recompute);
	}

	@Test
	void refusesAFileWithErrorsAtOnceNamingEveryLineAndStoresNothing() throws Exception {
		long before = values();
		String file = "code;indicator;year;value\nBU98710000;eenzaamheid;2061;41\nBU98799999;eenzaamheid;2061;40\n"
				+ "BU98710001;onbekend;2061;4\nBU98710002;eenzaamheid;2061;veel\nBU98710000;eenzaamheid;2061;42\n";

		String html = mvc.perform(multipart("/beheer/wijkmonitor/import")
			.file(new MockMultipartFile("file", "fout.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.with(user(administrator))
			.with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("Het bestand heeft 4 fout(en)", "Regel 3:", "Regel 4:", "Regel 5:", "Regel 6:",
				"staat al op regel 2");
		assertThat(values()).isEqualTo(before);
	}

	@Test
	void changesTheIndexSetupRecordsItAndRecomputesEveryYear() throws Exception {
		int version = monitor.indexSetup().version();
		var parameters = new org.springframework.util.LinkedMultiValueMap<String, String>();
		var form = IndexSetupForm.of(monitor.indexSetup(), monitor.indicators());
		for (var indicator : monitor.indicators()) {
			parameters.add("domain-" + indicator.key(), form.value("domain-" + indicator.key()));
			parameters.add("weight-" + indicator.key(), form.value("weight-" + indicator.key()));
		}
		for (var domain : nl.buurtkracht.monitor.index.Domain.values()) {
			parameters.add("weight-domain-" + domain.name(), form.value("weight-domain-" + domain.name()));
		}
		parameters.add("coverage", "60");
		parameters.set("weight-domain-HOUSING", "1,0");

		mvc.perform(post("/beheer/wijkmonitor/index").with(user(administrator)).with(csrf()).params(parameters))
			.andExpect(status().is3xxRedirection());
		assertThat(monitor.indexSetup().version()).as("an unchanged set-up keeps its version").isEqualTo(version);

		parameters.set("weight-domain-HOUSING", "nul");
		String html = mvc.perform(post("/beheer/wijkmonitor/index").with(user(administrator)).with(csrf()).params(parameters))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Vul een gewicht in van 0 tot en met 100");
		assertThat(monitor.indexSetup().version()).isEqualTo(version);
	}

	static Stream<Role> nonAdministrators() {
		return Stream.of(Role.RESIDENT, Role.OFFICIAL, Role.INSTITUTION, Role.COUNCIL);
	}

	@ParameterizedTest(name = "{0} may not manage the monitor")
	@MethodSource("nonAdministrators")
	void refusesTheAdminPagesToEveryoneButAdministrators(Role role) throws Exception {
		AccountPrincipal person = Personas.create(accounts, role, MonitorTestData.REKENDORP);

		for (String path : new String[] { "/beheer/wijkmonitor", "/beheer/wijkmonitor/index", "/beheer/wijkmonitor/import",
				"/beheer/wijkmonitor/indicatoren/nieuw", "/beheer/wijkmonitor/indicatoren/eenzaamheid" }) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/beheer/wijkmonitor/herberekenen").with(user(person)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/beheer/wijkmonitor/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "code;indicator;year;value\n".getBytes(StandardCharsets.UTF_8)))
			.with(user(person))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void showsTheAdminPagesToAnAdministrator() throws Exception {
		for (String path : new String[] { "/beheer/wijkmonitor", "/beheer/wijkmonitor/index", "/beheer/wijkmonitor/import",
				"/beheer/wijkmonitor/indicatoren/nieuw", "/beheer/wijkmonitor/indicatoren/eenzaamheid" }) {
			mvc.perform(get(path).with(user(administrator))).andExpect(status().isOk());
		}
	}

	private nl.buurtkracht.monitor.settings.IndexSetup withoutMembership(String key) {
		var setup = monitor.indexSetup();
		return new nl.buurtkracht.monitor.settings.IndexSetup(setup.version(), setup.minimumCoverage(), setup.domainWeights(),
				setup.memberships().stream().filter(membership -> !membership.indicator().equals(key)).toList());
	}

	private long values() {
		return jdbc.sql("SELECT count(*) FROM monitor_indicator_value").query(Long.class).single();
	}

}
