// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.net.http.HttpResponse;

import nl.buurtkracht.system.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MunicipalityScope scope;

	@Test
	void acceptsAnActiveTokenAndRefusesItOnceRevoked() {
		AccountPrincipal admin = Personas.create(accounts, Role.ADMIN, null);
		String secret = tokens.create(admin.id(), "Test-client", Role.OFFICIAL, "GM0363");
		WebClient web = new WebClient(port);

		HttpResponse<String> accepted = web.get("/api/v1/openapi.json", "Authorization", "Bearer " + secret);
		assertThat(accepted.statusCode()).isEqualTo(200);
		var authentication = tokens.authenticate(secret).orElseThrow();
		assertThat(authentication.getName()).startsWith("token:");
		assertThat(scope.covers(authentication, "GM0363", "OFFICIAL")).isTrue();
		assertThat(scope.covers(authentication, "GM0014", "OFFICIAL")).isFalse();

		tokens.revoke(admin.id(), tokens.all().stream().filter(t -> t.name().equals("Test-client")).findFirst()
			.orElseThrow().id());

		HttpResponse<String> refused = web.get("/api/v1/openapi.json", "Authorization", "Bearer " + secret);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

}
