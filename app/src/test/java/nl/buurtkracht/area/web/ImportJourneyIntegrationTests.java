// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import nl.buurtkracht.system.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports page in a real browser and servlet container: a multipart upload with its CSRF token, the
 * error summary of a refused file, and the progress that htmx polls until the result shows. Every page is
 * checked with axe-core. Until accounts exist, the administrator's session is put in the session store.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void administratorUploadsAFileAndWatchesTheImportFinish() throws IOException {
		Path good = file("journeydorp-2041.csv", statLine("61", "Journeydorp"));
		Path bad = file("journeydorp-fout.csv", withLine(statLine("61", "Journeydorp"), 5,
				"\"Noordbuurt\";\"Journeydorp\";\"Buurt\";\"BU98610000\";\"1\";350;veel;180;50;40;90;100;70"));
		try (Browser browser = Browser.open(port)) {
			browser.visit("/");
			browser.driver().manage().addCookie(new Cookie("SESSION", administratorSession(), "/"));

			browser.visit("/beheer/imports");
			browser.find(By.id("year")).sendKeys("2041");
			browser.find(By.id("file")).sendKeys(bad.toString());
			browser.submit(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.find(By.className("bk-error-summary")).getText()).contains("Regel 5", "veel");

			browser.find(By.id("file")).sendKeys(good.toString());
			browser.submit(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.currentPath()).startsWith("/beheer/imports/");
			assertThat(browser.heading()).isEqualTo("Import van journeydorp-2041.csv");

			browser.waitUntil(driver -> driver.findElement(By.id("voortgang")).getText().contains("De import is gelukt."),
					Duration.ofSeconds(30));
			browser.assertAccessible();
			assertThat(browser.find(By.id("voortgang")).getText()).contains("Gemeenten", "Wijken", "Buurten");

			browser.visit("/beheer/imports");
			assertThat(browser.find(By.tagName("table")).getText()).contains("journeydorp-2041.csv", "Klaar");
		}
	}

	/** A session as the login would leave it, in the JDBC session store, as the value of the SESSION cookie. */
	private String administratorSession() {
		return save(sessions);
	}

	private static <S extends Session> String save(SessionRepository<S> repository) {
		S session = repository.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("admin-id", null,
						List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
		repository.save(session);
		return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
	}

	private static Path file(String name, String text) throws IOException {
		Path file = Files.createTempDirectory("buurtkracht-import").resolve(name);
		Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
		return file;
	}

}
