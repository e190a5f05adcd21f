// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.loadtest;

import java.sql.SQLException;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Verified residents cast ballots through the same HTTP path as a browser. First, unmeasured, {@code voters}
 * residents log in with the login page's CSRF token and their session cookies are kept. Then, measured,
 * {@code concurrency} voters at a time (closed model) for {@code duration} seconds each take one of those
 * sessions, open the ballot page, post the form with that page's CSRF token and follow the redirect to the
 * confirmation with the receipt: three requests per ballot, as in a browser. Every virtual voter is a different
 * resident. Afterwards the database is checked: every accepted ballot is in the box, no voter has two, and the
 * ballots per second of the voting phase are printed.
 */
public class BallotSimulation extends Simulation {

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private static final int LOGIN_USERS = 50;

	/**
	 * The CSRF token of the ballot form. A regular expression rather than a CSS selector: parsing every page into
	 * a DOM cost the load generator, which shares the machine's two cores with the app, more CPU than it had to.
	 */
	private static final String BALLOT_FORM_TOKEN = "(?s)id=\"ballot-form\".*?name=\"_csrf\" value=\"([^\"]+)\"";

	private final VoterRoll roll = new VoterRoll(System.getProperty("db.url"), System.getProperty("db.user"),
			System.getProperty("db.password"));

	private final int voters = Integer.getInteger("voters", 30_000) / LOGIN_USERS * LOGIN_USERS;

	private final int concurrency = Integer.getInteger("concurrency", 200);

	private final int duration = Integer.getInteger("duration", 30);

	private final String baseUrl = System.getProperty("base.url", "http://localhost:8080");

	private final UUID round = prepare();

	private final AtomicInteger next = new AtomicInteger();

	private final Queue<String> sessions = new ConcurrentLinkedQueue<>();

	private final AtomicLong votingStarted = new AtomicLong();

	private final AtomicLong votingStartedAt = new AtomicLong();

	private final AtomicLong lastConfirmation = new AtomicLong();

	private final AtomicInteger confirmations = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private final Iterator<Map<String, Object>> residents = Stream.generate(this::resident).iterator();

	private final ChainBuilder logIn = feed(residents).exec(http("login page").get("/inloggen")
		.check(css("form[action='/inloggen'] input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("log in").post("/inloggen")
			.formParam("email", "#{email}")
			.formParam("password", VoterRoll.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.disableFollowRedirect()
			.check(status().is(302), headerRegex("Location", ".*/profiel$").exists()))
		.exec(getCookieValue(CookieKey("SESSION").withDomain(host()).saveAs("session")))
		.exec(session -> {
			sessions.add(session.getString("session"));
			return session;
		})
		.exec(flushCookieJar());

	private final ChainBuilder vote = exec(this::takeSession)
		.exec(addCookie(Cookie("SESSION", "#{session}").withDomain(host()).withPath("/")))
		.exec(http("ballot page").get("/buurtbudgetten/" + round + "/stemmen")
			.check(regex(BALLOT_FORM_TOKEN).saveAs("csrf")))
		.exec(http("cast ballot").post("/buurtbudgetten/" + round + "/stemmen")
			.formParam("_csrf", "#{csrf}")
			.formParam("project", "#{first}")
			.formParam("project", "#{second}")
			.disableFollowRedirect()
			.check(status().is(302), headerRegex("Location", ".*/stemmen/opgeslagen$").exists()))
		.exec(http("confirmation").get("/buurtbudgetten/" + round + "/stemmen/opgeslagen")
			.check(regex("id=\"receipt\"").exists()))
		.exec(session -> {
			confirmations.incrementAndGet();
			lastConfirmation.set(System.nanoTime());
			return session;
		});

	private final ScenarioBuilder loggingIn = scenario("Residents log in (not measured)")
		.repeat(voters / LOGIN_USERS)
		.on(logIn);

	private final ScenarioBuilder residentsVoting = scenario("Residents voting").exec(vote);

	{
		setUp(loggingIn.injectOpen(atOnceUsers(LOGIN_USERS))
			.andThen(residentsVoting
				.injectClosed(constantConcurrentUsers(concurrency).during(Duration.ofSeconds(duration)))))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	private Session takeSession(Session session) {
		if (votingStarted.compareAndSet(0, System.nanoTime())) {
			votingStartedAt.set(System.currentTimeMillis());
		}
		String cookie = sessions.poll();
		if (cookie == null) {
			throw new IllegalStateException("Ran out of logged-in voters; raise -Dvoters");
		}
		int first = 1 + ThreadLocalRandom.current().nextInt(5);
		int second = 1 + (first + ThreadLocalRandom.current().nextInt(4)) % 5;
		return session.set("session", cookie).set("first", first).set("second", second);
	}

	private String host() {
		return URI.create(baseUrl).getHost();
	}

	private UUID prepare() {
		try {
			return roll.prepare(RUN, voters);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the voters in " + System.getProperty("db.url"), ex);
		}
	}

	/** The next resident to log in. */
	private Map<String, Object> resident() {
		int i = next.incrementAndGet();
		if (i > voters) {
			throw new IllegalStateException("Ran out of prepared voters; raise -Dvoters");
		}
		return Map.of("email", "load-" + RUN + "-" + i + "@load.test");
	}

	@Override
	public void after() {
		try {
			long[] counts = roll.count(round);
			double seconds = (lastConfirmation.get() - votingStarted.get()) / 1e9;
			System.out.printf("%nVoting phase: %d confirmed ballots in %.1f s = %.1f ballots/s (closed model, %d concurrent "
					+ "voters, 3 requests per ballot)%nBallot box of round %s after the run: %d ballots, %d voters on the "
					+ "roll, %d voters with more than one marker, %d residents logged in beforehand%n",
					confirmations.get(), seconds, confirmations.get() / seconds, concurrency, round, counts[0], counts[1],
					counts[2], voters);
			// For matching the voting phase with CPU samples of the app and the database taken outside Gatling.
			long startMillis = votingStartedAt.get();
			System.out.printf("Voting phase window (epoch ms): %d %d%n", startMillis, startMillis + Math.round(seconds * 1000));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot count the ballots", ex);
		}
	}

}
