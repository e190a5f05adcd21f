// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.system.Browser;
import nl.buurtkracht.system.SharedData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator logs in, uploads the national CBS file (all 18,310 areas of 2024), watches the progress
 * bar and sees the counts per level; every page passes axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NationalImportJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void administratorImportsTheNationalFileAndSeesTheCounts() throws IOException {
		String file = SharedData.file("cbs/Kerncijfers_wijken_en_buurten_2024_geslachten.csv").toRealPath().toString();
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		try (Browser browser = Browser.open(port)) {
			browser.visit("/inloggen");
			browser.type("email", Personas.emailOf(accounts, admin)).type("password", Personas.PASSWORD)
				.submit(By.id("login-button"));

			browser.visit("/beheer/imports");
			browser.find(By.id("file")).sendKeys(file);
			browser.submit(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.currentPath()).startsWith("/beheer/imports/");

			List<String> seen = new ArrayList<>();
			browser.waitUntil(driver -> {
				String text = progress(driver);
				seen.add(text);
				return text.contains("De import is gelukt.");
			}, Duration.ofSeconds(120));
			browser.assertAccessible();

			assertThat(seen).as("the progress bar was shown while the import ran")
				.anySatisfy(text -> assertThat(text).doesNotContain("De import is gelukt."));
			String result = progress(browser.driver()).replace(".", "");
			assertThat(result).contains("342", "3393", "14574");

			browser.visit("/");
			browser.submit(By.cssSelector(".bk-pagination a[rel=next]"));
			assertThat(browser.find(By.cssSelector(".bk-pagination [aria-current=page]")).getText()).isEqualTo("2");
			assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby=gemeenten] li a")))
				.as("the gemeenten after the first 200 of 342").hasSizeGreaterThanOrEqualTo(142);
			browser.assertAccessible();
		}
	}

	private static String progress(WebDriver driver) {
		return driver.findElement(By.id("voortgang")).getText();
	}

}
