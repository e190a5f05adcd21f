// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebConventionsIntegrationTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void connect() {
		web = new WebClient(port);
	}

	@Test
	void publishesOpenApiWithAnApiVersionHeader() {
		HttpResponse<String> response = web.get("/api/v1/openapi.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
		assertThat(response.body()).contains("\"openapi\":\"3.");
	}

	@Test
	void answersUnknownApiPathsWithProblemJson() {
		HttpResponse<String> response = web.get("/api/v1/does-not-exist");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void refusesApiWritesWithoutCsrfTokenOrBearerToken() {
		HttpResponse<String> response = web.send(HttpRequest.newBuilder(web.uri("/api/v1/imports"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void refusesUnknownBearerTokens() {
		HttpResponse<String> response = web.get("/api/v1/openapi.json", "Authorization", "Bearer not-a-token");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("API-token");
	}

	@Test
	void servesPagesWithAStrictContentSecurityPolicy() {
		HttpResponse<String> response = web.get("/toegankelijkheid");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'")
			.doesNotContain("unsafe-inline"));
		assertThat(response.body()).contains("<html lang=\"nl\">").contains("href=\"#inhoud\"");
	}

	@Test
	void switchesToEnglishAndRemembersIt() {
		HttpResponse<String> response = web.get("/over?lang=en");

		assertThat(response.body()).contains("About Buurtkracht");
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("lang=en"));
	}

	@Test
	void showsAFriendlyDutchPageForUnknownPages() {
		HttpResponse<String> response = web.get("/bestaat-niet", "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Pagina niet gevonden").doesNotContain("Exception");
	}

}
