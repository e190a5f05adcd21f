// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account.web;

import java.util.UUID;

import nl.buurtkracht.area.demo.DemoMunicipality;
import nl.buurtkracht.system.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new resident signs up, is told what went wrong the first time, logs in, walks from the gemeente to
 * their buurt and chooses it as home buurt; every page passes axe-core (WCAG 2.1 AA) without serious or
 * critical violations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignUpJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoMunicipality demo;

	@Test
	void residentSignsUpLogsInAndSeesTheirProfile() {
		String email = "journey-" + UUID.randomUUID() + "@example.nl";
		try (Browser browser = Browser.open(port)) {
			browser.visit("/registreren");
			browser.type("displayName", "Noor").type("email", email).type("password", "kort")
				.type("passwordConfirmation", "kort")
				.submit(By.id("signup-button"));
			assertThat(browser.find(By.id("error-summary")).getText()).contains("tussen 10 en 128 tekens");
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");

			browser.type("password", "mijn straat is fijn").type("passwordConfirmation", "mijn straat is fijn")
				.submit(By.id("signup-button"));
			assertThat(browser.currentPath()).isEqualTo("/inloggen");
			assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("Je account is gemaakt");

			browser.type("email", email).type("password", "mijn straat is fijn").submit(By.id("login-button"));
			assertThat(browser.currentPath()).isEqualTo("/profiel");
			assertThat(browser.heading()).isEqualTo("Mijn profiel");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Noor", email, "Bewoner");

			demo.load();
			browser.visit("/");
			browser.type("q", "Demodorp").submit(By.cssSelector("form[role=search] button"));
			browser.submit(By.linkText("Demodorp"));
			assertThat(browser.heading()).isEqualTo("Demodorp");
			browser.submit(By.linkText("Noord"));
			assertThat(browser.heading()).isEqualTo("Noord");
			browser.submit(By.linkText("Vogelbuurt"));
			assertThat(browser.heading()).isEqualTo("Vogelbuurt");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Bron: CBS");

			browser.visit("/profiel/buurt");
			browser.type("zoek", "Vogelbuurt Demodorp").submit(By.cssSelector("form[role=search] button"));
			browser.submit(By.cssSelector("main .bk-card button"));
			assertThat(browser.currentPath()).isEqualTo("/profiel");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Je buurt is opgeslagen", "Vogelbuurt",
					"Demodorp");
		}
	}

	@Test
	void switchesTheLoginPageToEnglish() {
		try (Browser browser = Browser.open(port)) {
			browser.visit("/inloggen");
			browser.click(By.linkText("English"));
			browser.assertAccessible();
			assertThat(browser.heading()).isEqualTo("Log in");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			browser.visit("/registreren");
			assertThat(browser.heading()).isEqualTo("Create an account");
		}
	}

}
