// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.loadtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Time to compute and show the results of a large round: {@code ballots} ballots (default 100,000) are put in
 * the box of a round, an official closes the vote through the management page, and the time until the outcome
 * is stored is measured (the engine's own time is stored with the outcome). Then visitors read the results page
 * for {@code duration} seconds, 10 at a time.
 */
public class ResultsSimulation extends Simulation {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private final String baseUrl = System.getProperty("base.url", "http://localhost:8080");

	private final VoterRoll roll = new VoterRoll(System.getProperty("db.url"), System.getProperty("db.user"),
			System.getProperty("db.password"));

	private final UUID round = countLargeRound(Integer.getInteger("ballots", 100_000));

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("text/html").disableCaching();

	private final ScenarioBuilder readers = scenario("Reading the results")
		.exec(http("results page").get("/buurtbudgetten/" + round + "/uitslag")
			.check(status().is(200), css("#winners").exists(), css("#pb-sha256").exists()));

	{
		setUp(readers.injectClosed(constantConcurrentUsers(10).during(Duration.ofSeconds(Integer.getInteger("duration", 30)))))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	private UUID countLargeRound(int ballots) {
		try {
			UUID id = roll.prepare(RUN, 0);
			roll.fillBallotBox(id, ballots);
			String official = roll.official(RUN);
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String login = get(client, "/inloggen");
			post(client, "/inloggen", "email=" + encode(official) + "&password=" + VoterRoll.PASSWORD + "&_csrf="
					+ encode(csrf(login)));
			String manage = get(client, "/werkplek/buurtbudgetten/" + id);
			long started = System.nanoTime();
			post(client, "/werkplek/buurtbudgetten/" + id + "/fase", "_csrf=" + encode(csrf(manage)));
			long computeMillis = roll.awaitOutcome(id, Duration.ofMinutes(10));
			long wallMillis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("%nResults of %d ballots: engine %d ms; closing the vote to stored outcome %d ms "
					+ "(includes queueing the job, rewriting the ballots and writing the .pb file)%n", ballots,
					computeMillis, wallMillis);
			return id;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the round in " + System.getProperty("db.url"), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot reach " + baseUrl, ex);
		}
	}

	private String get(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private void post(HttpClient client, String path, String form) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
		}
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
