// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.buurtkracht.area.demo.DemoMunicipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AccountIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern RESET_LINK = Pattern.compile("/wachtwoord-herstellen\\?token=([A-Za-z0-9_\\-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMunicipality demo;

	@Test
	void signsUpAsResidentAndLogsIn() throws Exception {
		mvc.perform(post("/registreren").with(csrf())
			.param("displayName", "Fatima")
			.param("email", "fatima@example.nl")
			.param("password", "mijn buurt is mooi")
			.param("passwordConfirmation", "mijn buurt is mooi"))
			.andExpect(redirectedUrl("/inloggen"));

		mvc.perform(formLogin("/inloggen").userParameter("email").user("Fatima@Example.nl").password("mijn buurt is mooi"))
			.andExpect(authenticated().withRoles("RESIDENT"));
		mvc.perform(formLogin("/inloggen").userParameter("email").user("fatima@example.nl").password("fout wachtwoord"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/inloggen?fout"));
	}

	@Test
	void explainsWhatIsWrongWithASignUp() throws Exception {
		mvc.perform(post("/registreren").with(csrf())
			.param("displayName", "")
			.param("email", "geen-adres")
			.param("password", "kort")
			.param("passwordConfirmation", "anders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Vul je naam in.")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("tussen 10 en 128 tekens")))
			.andExpect(content().string(containsString("value=\"geen-adres\"")));
	}

	@Test
	void refusesASecondAccountForTheSameAddress() throws Exception {
		accounts.signUp("dubbel@example.nl", "Eerste", Personas.PASSWORD);

		mvc.perform(post("/registreren").with(csrf())
			.param("displayName", "Tweede")
			.param("email", "DUBBEL@example.nl")
			.param("password", Personas.PASSWORD)
			.param("passwordConfirmation", Personas.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een account met dit e-mailadres")));
	}

	@Test
	void resetsAPasswordWithASingleUseLinkFromTheMail() throws Exception {
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);
		String email = Personas.emailOf(accounts, resident);

		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/wachtwoord-vergeten"));

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessagesForDomain(email)[0];
		assertThat(message.getSubject()).isEqualTo("Nieuw wachtwoord voor Buurtkracht");
		Matcher link = RESET_LINK.matcher(message.getContent().toString());
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		mvc.perform(get("/wachtwoord-herstellen").param("token", token))
			.andExpect(content().string(containsString("name=\"password\"")));
		mvc.perform(post("/wachtwoord-herstellen").with(csrf())
			.param("token", token)
			.param("password", "een nieuw lang wachtwoord")
			.param("passwordConfirmation", "een nieuw lang wachtwoord"))
			.andExpect(redirectedUrl("/inloggen"));

		mvc.perform(formLogin("/inloggen").userParameter("email").user(email).password("een nieuw lang wachtwoord"))
			.andExpect(authenticated());
		mvc.perform(get("/wachtwoord-herstellen").param("token", token))
			.andExpect(content().string(containsString("Deze link werkt niet meer")));
	}

	@Test
	void saysTheSameForUnknownAddressesAndSendsNothing() throws Exception {
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "onbekend@example.nl"))
			.andExpect(redirectedUrl("/wachtwoord-vergeten"));

		assertThat(mail.getReceivedMessagesForDomain("onbekend@example.nl")).isEmpty();
	}

	@Test
	void downloadsAllOwnDataAsJson() throws Exception {
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);

		mvc.perform(get("/profiel/mijn-gegevens").with(user(resident)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.account.email").value(Personas.emailOf(accounts, resident)))
			.andExpect(jsonPath("$.account.roles[0]").value("RESIDENT"))
			.andExpect(jsonPath("$.account.auditTrail[0].action").value("signed-up"));
	}

	@Test
	void deletesTheAccountOnlyWithTheRightPassword() throws Exception {
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);

		mvc.perform(post("/profiel/verwijderen").with(user(resident)).with(csrf()).param("password", "verkeerd"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het wachtwoord klopt niet")));
		assertThat(accounts.find(resident.id())).isPresent();

		mvc.perform(post("/profiel/verwijderen").with(user(resident)).with(csrf()).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(accounts.find(resident.id())).isEmpty();
	}

	@Test
	void choosesAnExistingBuurtAsHomeAndRefusesAnythingElse() throws Exception {
		demo.load();
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);

		mvc.perform(get("/profiel/buurt").param("zoek", "vogelbuurt, Demodorp").with(user(resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BU99010101")));
		mvc.perform(post("/profiel/buurt").with(user(resident)).with(csrf()).param("code", "WK990100"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/profiel/buurt").with(user(resident)).with(csrf()).param("code", "BU99999999"))
			.andExpect(status().isBadRequest());
		assertThat(accounts.find(resident.id()).orElseThrow().homeNeighbourhoodCode()).isNull();

		mvc.perform(post("/profiel/buurt").with(user(resident)).with(csrf()).param("code", "BU99010101"))
			.andExpect(redirectedUrl("/profiel"));
		assertThat(accounts.find(resident.id()).orElseThrow().homeNeighbourhoodCode()).isEqualTo("BU99010101");
		mvc.perform(get("/profiel").with(user(resident)))
			.andExpect(content().string(containsString("Vogelbuurt")));
	}

	@Test
	void administratorGrantsAnOfficialRoleForOneMunicipality() throws Exception {
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		AccountPrincipal person = Personas.create(accounts, Role.RESIDENT, null);

		mvc.perform(post("/beheer/gebruikers/{id}/rollen", person.id().value()).with(user(admin)).with(csrf())
			.param("roles", "OFFICIAL", "RESIDENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de gemeentecode in")));

		mvc.perform(post("/beheer/gebruikers/{id}/rollen", person.id().value()).with(user(admin)).with(csrf())
			.param("roles", "OFFICIAL", "RESIDENT")
			.param("municipalityCode", "GM0363"))
			.andExpect(redirectedUrl("/beheer/gebruikers/" + person.id().value()));

		Account updated = accounts.find(person.id()).orElseThrow();
		assertThat(updated.roles()).containsExactlyInAnyOrder(Role.OFFICIAL, Role.RESIDENT);
		assertThat(updated.municipalityCode()).isEqualTo("GM0363");
		assertThat(jdbc.sql("SELECT count(*) FROM account_audit WHERE subject_id = :s AND action = 'roles-assigned'")
			.param("s", person.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void blockedPeopleCannotLogIn() throws Exception {
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		AccountPrincipal resident = Personas.create(accounts, Role.RESIDENT, null);

		mvc.perform(post("/beheer/gebruikers/{id}/status", resident.id().value()).with(user(admin)).with(csrf())
			.param("enabled", "false"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(formLogin("/inloggen").userParameter("email")
			.user(Personas.emailOf(accounts, resident))
			.password(Personas.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void listsAndSearchesUsersForAdministrators() throws Exception {
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		accounts.signUp("zoekbaar-uniek@example.nl", "Zoekbare Zeynep", Personas.PASSWORD);

		mvc.perform(get("/beheer/gebruikers").param("zoek", "zeynep").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zoekbare Zeynep")))
			.andExpect(content().string(containsString("1 gebruikers")));
	}

	@Test
	void paginatesTheUserListAndKeepsTheSearch() throws Exception {
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		for (int i = 0; i < 30; i++) {
			accounts.signUp("pagineer-" + i + "@example.nl", "Pagineer " + i, Personas.PASSWORD);
		}

		mvc.perform(get("/beheer/gebruikers").param("zoek", "pagineer").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/beheer/gebruikers?zoek=pagineer&amp;pagina=2\"")));
		mvc.perform(get("/beheer/gebruikers").param("zoek", "pagineer").param("pagina", "2").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-current=\"page\">2<")));
	}

	@Test
	void createsAnApiTokenShownOnceAndStoresOnlyItsHash() throws Exception {
		AccountPrincipal admin = Personas.create(accounts, EnumSet.of(Role.ADMIN), null);

		String page = mvc.perform(post("/beheer/tokens").with(user(admin)).with(csrf())
			.param("name", "Import-script")
			.param("role", "ADMIN")).andReturn().getFlashMap().get("newToken").toString();

		assertThat(page).startsWith(ApiTokens.PREFIX);
		assertThat(jdbc.sql("SELECT count(*) FROM account_api_token WHERE token_hash = :h")
			.param("h", SecretToken.hash(page))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM account_api_token WHERE token_hash = :p OR token_prefix = :p")
			.param("p", page)
			.query(Long.class)
			.single()).isZero();
	}

}
