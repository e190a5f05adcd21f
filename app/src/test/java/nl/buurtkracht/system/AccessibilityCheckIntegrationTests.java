// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The axe-core check used by every journey really fails on a serious violation, so a green journey
 * means something.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityCheckIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void failsOnAFormFieldWithoutALabel() {
		try (Browser browser = Browser.open(port)) {
			browser.visit("/over");
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
					"document.querySelector('main').appendChild(document.createElement('input'))");

			assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class).hasMessageContaining("label");
		}
	}

}
