// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A headless Debian Chromium for end-to-end journeys, with axe-core checks of WCAG 2.1 AA. Selenium
 * Manager never goes online: the driver and browser paths are given explicitly. Without Chromium the
 * journey is skipped with a reason, unless {@code browser.required=true} (CI).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final List<String> SEVERE = List.of("serious", "critical");

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		requireChromium();
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + freshProfile());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("SE_OFFLINE", "true", "SE_AVOID_STATS", "true"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port);
	}

	private static void requireChromium() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String reason = "Chromium or chromedriver not installed (apt-get install chromium chromium-driver): "
				+ "browser journeys are skipped";
		if (Boolean.getBoolean("browser.required")) {
			fail(reason + " (browser.required=true)");
		}
		Assumptions.abort(reason);
	}

	private static String freshProfile() {
		try {
			return Files.createTempDirectory("buurtkracht-chromium").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens a path of the application and checks the page for serious accessibility problems. */
	public Browser visit(String path) {
		driver.get(baseUrl + path);
		return assertAccessible();
	}

	public WebDriver driver() {
		return driver;
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public Browser type(String fieldId, String text) {
		WebElement field = driver.findElement(By.id(fieldId));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(By by) {
		driver.findElement(by).click();
		return this;
	}

	/** Submits the form that holds the given button and waits for the next page. */
	public Browser submit(By button) {
		WebElement old = driver.findElement(By.tagName("html"));
		driver.findElement(button).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isStale(old) && isLoaded(d));
		return assertAccessible();
	}

	/** The next page has been parsed completely; axe on a half-built document reports false problems. */
	private static boolean isLoaded(WebDriver driver) {
		return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
	}

	public <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout) {
		return new WebDriverWait(driver, timeout).until(condition::apply);
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page: no serious or critical violations. */
	@SuppressWarnings("unchecked")
	public Browser assertAccessible() {
		JavascriptExecutor js = driver;
		js.executeScript(axeSource());
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
				        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
				   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		assertThat(violations)
			.as("serious or critical accessibility violations on " + driver.getCurrentUrl())
			.filteredOn(violation -> SEVERE.contains(String.valueOf(violation.get("impact"))))
			.isEmpty();
		return this;
	}

	private static String axeSource() {
		try (InputStream in = Browser.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core webjar is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// Chromium sometimes reports a node of the page that was just left this way instead of as stale.
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
