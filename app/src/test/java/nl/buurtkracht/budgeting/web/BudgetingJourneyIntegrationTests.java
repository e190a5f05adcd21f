// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Personas;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.system.Browser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole buurtbudget in a real browser: an official plans it, a resident submits an idea, the official finds
 * it feasible and prints letter codes, the resident verifies and votes, the official enters a paper ballot and
 * closes the vote, which queues the count. (Reading the explained result and downloading the ballots needs the PB
 * engine: see the preview branch until it is on main.) Every page passes axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BudgetingJourneyIntegrationTests {

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void fromPlanToExplainedResult() throws Exception {
		AccountPrincipal officialAccount = Personas.create(accounts, Role.OFFICIAL, "GM0363");
		AccountPrincipal residentAccount = Personas.create(accounts, Role.RESIDENT, null);
		try (Browser official = Browser.open(port); Browser resident = Browser.open(port)) {
			logIn(official, Personas.emailOf(accounts, officialAccount));
			logIn(resident, Personas.emailOf(accounts, residentAccount));

			official.visit("/werkplek/buurtbudgetten").click(By.id("new-round")).assertAccessible();
			official.type("areaCodes", "WK036300").type("title", "Buurtbudget Oosterpark")
				.type("description", "Bewoners kiezen samen waar € 25.000 naartoe gaat.").type("amount", "9000")
				.submit(By.id("round-submit"));
			String manage = official.currentPath();
			assertThat(official.heading()).isEqualTo("Buurtbudget Oosterpark");
			String round = manage.substring(manage.lastIndexOf('/') + 1);

			resident.visit("/buurtbudgetten").click(By.linkText("Buurtbudget Oosterpark")).assertAccessible();
			resident.click(By.id("submit-idea")).assertAccessible();
			resident.type("title", "Bankjes bij de speeltuin").type("description", "Drie bankjes zodat ouders kunnen zitten.")
				.type("estimatedCost", "4000").submit(By.id("idea-submit"));
			assertThat(resident.find(By.cssSelector("[role=status]")).getText()).contains("Je idee is ingediend");
			resident.type("text", "Goed plan!").submit(By.id("comment-submit"));
			assertThat(resident.find(By.id("reacties")).isDisplayed()).isTrue();
			resident.visit("/buurtbudgetten/" + round + "/ideeen/nieuw");
			resident.type("title", "Moestuin").type("description", "Een moestuin voor de hele buurt.")
				.type("estimatedCost", "5000").submit(By.id("idea-submit"));

			official.visit(manage).click(By.id("review-1")).assertAccessible();
			official.click(By.id("feasible-yes")).type("cost", "4500").type("reason", "Past op het plein.")
				.submit(By.id("review-submit"));
			official.click(By.id("review-2")).assertAccessible();
			official.click(By.id("feasible-yes")).type("cost", "5000").submit(By.id("review-submit"));
			official.submit(By.id("advance-phase")).submit(By.id("advance-phase"));
			assertThat(official.find(By.cssSelector("[role=status]")).getText()).contains("Stemmen");

			official.visit("/werkplek/stemcodes");
			List<String> codes = lettersFor(official, "BU03630001", 2);
			assertThat(codes).hasSize(2);

			resident.visit("/buurtbudgetten/" + round).click(By.id("vote")).assertAccessible();
			resident.click(By.linkText("Laat zien dat je hier woont")).assertAccessible();
			resident.type("code", codes.get(0).toLowerCase()).type("birthDate", "17-5-1980").submit(By.id("verify-submit"));
			assertThat(resident.currentPath()).endsWith("/stemmen");
			resident.click(By.id("project-1"));
			resident.waitUntil(driver -> budgetUse(driver).contains("€ 4.500"), Duration.ofSeconds(10));
			resident.click(By.id("project-2"));
			resident.waitUntil(driver -> budgetUse(driver).contains("boven het budget"), Duration.ofSeconds(10));
			resident.assertAccessible().submit(By.id("ballot-submit"));
			assertThat(resident.find(By.id("error-summary")).getText()).contains("meer dan het budget");
			resident.click(By.id("project-2")).submit(By.id("ballot-submit"));
			assertThat(resident.heading()).isEqualTo("Je stem is opgeslagen");
			assertThat(resident.find(By.id("receipt")).getText()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

			official.visit(manage).click(By.id("paper-ballot")).assertAccessible();
			official.type("code", codes.get(1)).type("birthDate", "2-2-1950").click(By.id("project-2"))
				.submit(By.id("paper-submit"));
			assertThat(official.find(By.cssSelector("[role=status]")).getText()).contains("papieren stem is opgeslagen");

			official.visit(manage);
			assertThat(official.find(By.id("turnout-online")).getText()).isEqualTo("1");
			assertThat(official.find(By.id("turnout-paper")).getText()).isEqualTo("1");
			official.submit(By.id("advance-phase"));
			official.waitUntil(driver -> {
				driver.navigate().refresh();
				return driver.findElement(By.id("count-progress")).getText().contains("De telling wacht op haar beurt");
			}, Duration.ofSeconds(30));
			official.assertAccessible();

			resident.visit("/buurtbudgetten/" + round + "/uitslag");
			assertThat(resident.find(By.tagName("main")).getText()).contains("We tellen de stemmen");
		}
	}

	/** The budget panel's text, read in one step: htmx may swap the panel at any moment. */
	private static String budgetUse(WebDriver driver) {
		return String.valueOf(((JavascriptExecutor) driver)
			.executeScript("return document.getElementById('budget-use').textContent"));
	}

	private static void logIn(Browser browser, String email) {
		browser.visit("/inloggen").type("email", email).type("password", Personas.PASSWORD).submit(By.id("login-button"));
	}

	/** Submits the letters form from the page (with its CSRF token) and reads the codes from the PDF. */
	private static List<String> lettersFor(Browser browser, String buurt, int count) throws Exception {
		browser.type("neighbourhoodCode", buurt).type("count", String.valueOf(count));
		Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.querySelector('form[action="/werkplek/stemcodes"]');
				fetch(form.action, {method: 'POST', body: new FormData(form)})
				  .then(r => r.arrayBuffer())
				  .then(b => done(btoa(String.fromCharCode(...new Uint8Array(b)))));""");
		try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) base64))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(count);
			Matcher matcher = CODE.matcher(new PDFTextStripper().getText(pdf));
			List<String> codes = new ArrayList<>();
			while (matcher.find()) {
				codes.add(matcher.group());
			}
			return codes;
		}
	}

}
