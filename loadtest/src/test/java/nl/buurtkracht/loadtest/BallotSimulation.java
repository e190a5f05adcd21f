// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.loadtest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Verified residents cast ballots through the same HTTP path as a browser: log in with the login page's CSRF
 * token, open the ballot page, post the form with that page's CSRF token, follow the redirect to the
 * confirmation with the receipt. {@code concurrency} voters at a time (closed model) for {@code duration}
 * seconds; every virtual user is a different resident. Afterwards the database is checked: every accepted
 * ballot is in the box, no voter has two.
 */
public class BallotSimulation extends Simulation {

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private final VoterRoll roll = new VoterRoll(System.getProperty("db.url"), System.getProperty("db.user"),
			System.getProperty("db.password"));

	private final int voters = Integer.getInteger("voters", 60_000);

	private final int concurrency = Integer.getInteger("concurrency", 200);

	private final int duration = Integer.getInteger("duration", 60);

	private final UUID round = prepare();

	private final AtomicInteger next = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("base.url", "http://localhost:8080"))
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private final Iterator<Map<String, Object>> residents = Stream.generate(this::resident).iterator();

	private final ChainBuilder vote = exec(http("login page").get("/inloggen")
		.check(css("form[action='/inloggen'] input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("log in").post("/inloggen")
			.formParam("email", "#{email}")
			.formParam("password", VoterRoll.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.disableFollowRedirect()
			.check(status().is(302), headerRegex("Location", ".*/profiel$").exists()))
		.exec(http("ballot page").get("/buurtbudgetten/" + round + "/stemmen")
			.check(css("#ballot-form input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("cast ballot").post("/buurtbudgetten/" + round + "/stemmen")
			.formParam("_csrf", "#{csrf}")
			.formParam("project", "#{first}")
			.formParam("project", "#{second}")
			.disableFollowRedirect()
			.check(status().is(302), headerRegex("Location", ".*/stemmen/opgeslagen$").exists()))
		.exec(http("confirmation").get("/buurtbudgetten/" + round + "/stemmen/opgeslagen")
			.check(css("#receipt").exists()));

	private final ScenarioBuilder residentsVoting = scenario("Residents voting").feed(residents).exec(vote);

	{
		setUp(residentsVoting.injectClosed(constantConcurrentUsers(concurrency).during(Duration.ofSeconds(duration))))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	private UUID prepare() {
		try {
			return roll.prepare(RUN, voters);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the voters in " + System.getProperty("db.url"), ex);
		}
	}

	/** The next resident, with two projects (numbers 1–5: within the budget of € 100.000 together). */
	private Map<String, Object> resident() {
		int i = next.incrementAndGet();
		if (i > voters) {
			throw new IllegalStateException("Ran out of prepared voters; raise -Dvoters");
		}
		int first = 1 + ThreadLocalRandom.current().nextInt(5);
		int second = 1 + (first + ThreadLocalRandom.current().nextInt(4)) % 5;
		return Map.of("email", "load-" + RUN + "-" + i + "@load.test", "first", first, "second", second);
	}

	@Override
	public void after() {
		try {
			long[] counts = roll.count(round);
			System.out.printf("%nBallot box of round %s after the run: %d ballots, %d voters on the roll, "
					+ "%d voters with more than one marker, %d residents used%n", round, counts[0], counts[1],
					counts[2], Math.min(next.get(), voters));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot count the ballots", ex);
		}
	}

}
