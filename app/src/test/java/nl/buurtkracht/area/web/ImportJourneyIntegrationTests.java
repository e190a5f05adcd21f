// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.system.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports page in a real browser and servlet container: a multipart upload with its CSRF token, the
 * error summary of a refused file, and the progress that htmx polls until the result shows. Every page is
 * checked with axe-core. The administrator logs in through the login page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void administratorUploadsAFileAndWatchesTheImportFinish() throws IOException {
		Path good = file("journeydorp-2041.csv", statLine("61", "Journeydorp"));
		Path bad = file("journeydorp-fout.csv", withLine(statLine("61", "Journeydorp"), 5,
				"\"Noordbuurt\";\"Journeydorp\";\"Buurt\";\"BU98610000\";\"1\";350;veel;180;50;40;90;100;70"));
		try (Browser browser = Browser.open(port)) {
			AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
			browser.visit("/inloggen");
			browser.type("email", Personas.emailOf(accounts, admin)).type("password", Personas.PASSWORD)
				.submit(By.id("login-button"));

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

	private static Path file(String name, String text) throws IOException {
		Path file = Files.createTempDirectory("buurtkracht-import").resolve(name);
		Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
		return file;
	}

}
