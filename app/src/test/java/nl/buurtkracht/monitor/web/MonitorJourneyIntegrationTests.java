// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.monitor.MonitorTestData;
import nl.buurtkracht.monitor.WithRekendorp;
import nl.buurtkracht.system.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end journeys in a real Chromium, with axe-core (WCAG 2.1 AA) on every page: a council member opens
 * the monitor, sorts the table, opens the most vulnerable buurt and adds a field note that then shows on the
 * profile; an administrator walks the monitor's admin pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MonitorJourneyIntegrationTests extends WithRekendorp {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;





	@Test
	void aCouncilMemberFindsTheMostVulnerableBuurtAndAddsAFieldNote() {
		String email = person(Role.COUNCIL, MonitorTestData.REKENDORP);
		try (Browser browser = Browser.open(port)) {
			logIn(browser, email);

			browser.visit("/wijkmonitor");
			browser.submit(By.linkText("Rekendorp"));
			assertThat(browser.heading()).isEqualTo("Wijkmonitor Rekendorp");
			awaitMap(browser);
			browser.assertAccessible();

			browser.submit(By.linkText("Naam"));
			assertThat(firstRow(browser)).isEqualTo("Akkerbuurt");
			browser.submit(By.linkText("Score"));
			assertThat(browser.currentPath()).contains("sorteer=index").contains("richting=aflopend");
			assertThat(firstRow(browser)).isEqualTo("Beekbuurt");

			browser.submit(By.cssSelector(".bk-ranking li:first-child a"));
			assertThat(browser.heading()).isEqualTo("Beekbuurt");
			assertThat(browser.find(By.id("stapeling")).findElement(By.xpath("..")).getText()).contains("2 van 4");

			browser.submit(By.linkText("Notitie toevoegen"));
			browser.submit(By.id("note-submit"));
			assertThat(browser.find(By.id("error-summary")).getText()).contains("Kies waar je dit hoorde of zag");

			String summary = "Op het spreekuur kwamen zes bewoners met vragen over de energierekening " + MonitorTestData.marker();
			browser.click(By.id("kind"));
			browser.click(By.id("themes-ENERGY_TRANSITION"));
			browser.type("summary", summary);
			browser.submit(By.id("note-submit"));

			assertThat(browser.heading()).isEqualTo("Beekbuurt");
			assertThat(browser.find(By.id("notities")).getText()).contains(summary, "Spreekuur", "Energietransitie");

			browser.submit(By.linkText("Alle notities van de gemeente"));
			assertThat(browser.driver().getPageSource()).contains(summary);
		}
	}

	@Test
	void everyPublicMonitorPageIsAccessibleInBothLanguages() {
		try (Browser browser = Browser.open(port)) {
			for (String path : List.of("/wijkmonitor/methode", "/wijkmonitor/GM9871?jaar=2061&niveau=wijken",
					"/wijkmonitor/gebied/BU98710102?jaar=2061", "/wijkmonitor/gebied/GM9871?jaar=2061",
					"/wijkmonitor/vergelijk?gebied=BU98710000&gebied=BU98710001&gebied=WK987101",
					"/wijkmonitor/vergelijk", "/wijkmonitor/gebied/BU98710001?jaar=2061&lang=en")) {
				browser.visit(path);
				assertThat(browser.driver().getTitle()).as(path).doesNotContain("Er ging iets mis", "Something went wrong",
						"niet gevonden", "not found");
			}
		}
	}

	@Test
	void theMapIsAKeyboardLinkPerAreaWithItsClassInItsName() {
		try (Browser browser = Browser.open(port)) {
			browser.visit("/wijkmonitor/GM9871?jaar=2061");
			awaitMap(browser);
			List<WebElement> areasOnMap = browser.driver().findElements(By.cssSelector("#kaart path[role='link']"));

			assertThat(areasOnMap).hasSize(6);
			assertThat(areasOnMap).allSatisfy(area -> assertThat(area.getDomAttribute("tabindex")).isEqualTo("0"));
			assertThat(areasOnMap).extracting(area -> area.getDomAttribute("aria-label"))
				.contains("Beekbuurt: klasse 5 van 5, score 64,1, stapeling 2", "Havenbuurt: geen score");
			WebElement beek = areasOnMap.stream()
				.filter(area -> area.getDomAttribute("aria-label").startsWith("Beekbuurt"))
				.findFirst()
				.orElseThrow();
			assertThat(beek.getDomAttribute("class")).contains("bk-class-5");
			beek.sendKeys(org.openqa.selenium.Keys.ENTER);
			browser.waitUntil(driver -> driver.getCurrentUrl().contains("/wijkmonitor/gebied/BU98710001"), Duration.ofSeconds(20));
		}
	}

	@Test
	void anAdministratorWalksTheMonitorAdminPages() {
		String email = person(Role.ADMIN, null);
		try (Browser browser = Browser.open(port)) {
			logIn(browser, email);
			browser.visit("/beheer/wijkmonitor");
			browser.submit(By.linkText("Index instellen"));
			browser.visit("/beheer/wijkmonitor/import");
			browser.submit(By.cssSelector("form[enctype] button[type='submit']"));
			assertThat(browser.find(By.id("error-summary")).getText()).contains("Kies een bestand");
			browser.visit("/beheer/wijkmonitor/indicatoren/nieuw");
			browser.submit(By.cssSelector("main form button[type='submit']"));
			assertThat(browser.find(By.id("error-summary")).getText()).contains("Vul een code in");
			browser.visit("/beheer/wijkmonitor/indicatoren/eenzaamheid");
			browser.visit("/beheer/wijkmonitor");
			browser.submit(By.xpath("//button[normalize-space()='Index opnieuw berekenen']"));
			browser.waitUntil(driver -> driver.getPageSource().contains("De taak is klaar"), Duration.ofSeconds(60));
			browser.assertAccessible();
		}
	}

	private String person(Role role, String municipality) {
		String email = "monitor-" + UUID.randomUUID() + "@test.buurtkracht.nl";
		AccountId id = accounts.signUp(email, "Monitor " + role, Personas.PASSWORD);
		accounts.assignRoles(id, id, EnumSet.of(role), municipality);
		return email;
	}

	private static void logIn(Browser browser, String email) {
		browser.visit("/inloggen").type("email", email).type("password", Personas.PASSWORD).submit(By.id("login-button"));
	}

	private static void awaitMap(Browser browser) {
		browser.waitUntil(driver -> "true".equals(((JavascriptExecutor) driver)
			.executeScript("return document.getElementById('kaart').dataset.ready")), Duration.ofSeconds(20));
	}

	private static String firstRow(Browser browser) {
		return browser.find(By.cssSelector(".bk-monitor-table tbody tr:first-child th a")).getText();
	}

}
