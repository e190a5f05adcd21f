// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.time.Duration;
import java.util.List;

import nl.buurtkracht.area.demo.DemoMunicipality;
import nl.buurtkracht.system.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's way through the area pages in a real browser, on the demo gemeente: home, search,
 * gemeente, wijk (also by keyboard on the map), buurt, and the English version. Every page is checked
 * with axe-core for serious WCAG 2.1 AA problems, maps included.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AreaJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoMunicipality demo;

	@Test
	void residentFindsTheFiguresOfTheirBuurtFromTheHomePage() {
		demo.load();
		try (Browser browser = Browser.open(port)) {
			browser.visit("/");
			assertThat(browser.heading()).isEqualTo("Cijfers over je gemeente, wijk en buurt");

			browser.type("q", "Demodorp").submit(By.cssSelector("form[role=search] button"));
			assertThat(browser.find(By.id("zoekresultaten")).getText()).contains("Demodorp");

			browser.submit(By.linkText("Demodorp"));
			assertThat(browser.heading()).isEqualTo("Demodorp");
			assertThat(mapAreas(browser)).extracting(area -> area.getAttribute("aria-label"))
				.containsExactlyInAnyOrder("Centrum", "Noord", "Zuid");
			browser.assertAccessible();

			browser.submit(By.linkText("Noord"));
			assertThat(browser.heading()).isEqualTo("Noord");
			assertThat(breadcrumbs(browser)).containsExactly("Home", "Demodorp", "Noord");
			WebElement vogelbuurt = mapAreas(browser).stream()
				.filter(area -> "Vogelbuurt".equals(area.getAttribute("aria-label")))
				.findFirst()
				.orElseThrow();
			browser.assertAccessible();

			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", vogelbuurt);
			new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
			browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/buurten/BU99010101"), Duration.ofSeconds(10));
			browser.assertAccessible();
			assertThat(browser.heading()).isEqualTo("Vogelbuurt");
			assertThat(breadcrumbs(browser)).containsExactly("Home", "Demodorp", "Noord", "Vogelbuurt");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Kerncijfers 2024", "Inwoners",
					"65 jaar of ouder", "Bron: CBS, Kerncijfers wijken en buurten 2024.");

			browser.submit(By.linkText("English"));
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Key figures 2024", "65 years or older",
					"Source: CBS, Key figures for districts and neighbourhoods 2024.");
		}
	}

	private static List<WebElement> mapAreas(Browser browser) {
		browser.waitUntil(driver -> "true".equals(driver.findElement(By.id("kaart")).getAttribute("data-ready")),
				Duration.ofSeconds(15));
		return browser.driver().findElements(By.cssSelector("#kaart path.bk-map-area"));
	}

	private static List<String> breadcrumbs(Browser browser) {
		return browser.driver().findElements(By.cssSelector(".utrecht-breadcrumb-nav li")).stream()
			.map(WebElement::getText)
			.toList();
	}

}
