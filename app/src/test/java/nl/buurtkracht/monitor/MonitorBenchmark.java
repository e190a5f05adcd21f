// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import nl.buurtkracht.BuurtkrachtApplication;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.importing.CbsImporter;
import nl.buurtkracht.area.importing.ImportProgress;
import nl.buurtkracht.monitor.index.AreaValues;
import nl.buurtkracht.monitor.index.IndexConfiguration;
import nl.buurtkracht.monitor.index.IndexMember;
import nl.buurtkracht.monitor.index.StackingIndex;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.refresh.IndexRecomputation;
import nl.buurtkracht.monitor.settings.IndexSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the monitor at national scale. Not a test: run it by hand (see {@code docs/benchmarks.md}).
 * <ol>
 * <li>The national KWB 2024 file has only population figures, so this writes a copy of it with the same
 * 18,310 rows (codes, names, populations, age groups) plus generated but realistic values for every index
 * indicator (a seeded latent deprivation per gemeente, wijk and buurt; suppression for small areas), and
 * imports that through the area module: the monitor refreshes in its background job, as in production.</li>
 * <li>Index recompute for all 18,309 areas (the Nederland row is not an area): the pure computation alone,
 * and the full recompute (read values, compute, write every score) in one transaction; median of the runs.</li>
 * <li>Page latency: sequential HTTP requests to the gemeente view, area profiles and the index API on the
 * running server after a warm-up of 200 requests per kind of page; p50, p95 and p99 per kind.</li>
 * </ol>
 * <pre>
 * ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.buurtkracht.monitor.MonitorBenchmark -Dexec.args="7 300"
 * </pre>
 */
public final class MonitorBenchmark {

	private static final String NATIONAL = "Kerncijfers_wijken_en_buurten_2024_geslachten.csv";

	private static final int YEAR = 2024;

	private MonitorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		Path national = Path.of(args.length > 2 ? args[2] : "../../shared/data/cbs/" + NATIONAL);
		byte[] file = SyntheticKwb.enrich(Files.readAllLines(national, StandardCharsets.UTF_8), 20261129L);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BuurtkrachtApplication.class)
			.run("--server.port=0", "--buurtkracht.embedded-database.directory=target/monitor-benchmark-postgres",
					"--buurtkracht.embedded-database.clean=true", "--buurtkracht.demo.enabled=false",
					"--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long start = System.nanoTime();
			context.getBean(CbsImporter.class).importFile("kwb-2024-met-indicatoren.csv", file, YEAR, ImportProgress.NONE);
			System.out.printf(Locale.ROOT, "import of the enriched national file: %d ms%n", millis(start));
			Map<String, Object> refresh = awaitRefresh(jdbc);
			System.out.printf(Locale.ROOT, "monitor refresh job (copy areas, derive indicators, index): %s ms, %s%n",
					refresh.get("ms"), refresh.get("summary"));
			measureIndex(context, runs);
			measurePages(context, jdbc, requests);
		}
	}

	private static void measureIndex(ConfigurableApplicationContext context, int runs) {
		IndexSettings settings = context.getBean(IndexSettings.class);
		IndicatorCatalogue catalogue = context.getBean(IndicatorCatalogue.class);
		IndexConfiguration configuration = settings.current()
			.configuration(key -> catalogue.find(key).map(Indicator::direction));
		List<String> members = configuration.members().stream().map(IndexMember::indicator).toList();
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Map<AreaLevel, List<AreaValues>> inputs = new LinkedHashMap<>();
		for (AreaLevel level : AreaLevel.values()) {
			inputs.put(level, input(jdbc, level, members));
		}
		int areas = inputs.values().stream().mapToInt(List::size).sum();
		StackingIndex index = new StackingIndex(configuration);
		List<Long> pure = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			long start = System.nanoTime();
			inputs.values().forEach(index::score);
			if (run > 0) {
				pure.add(millis(start));
			}
		}
		report("pure index computation for " + areas + " areas", pure);
		IndexRecomputation recomputation = context.getBean(IndexRecomputation.class);
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		List<Long> full = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			long start = System.nanoTime();
			transaction.executeWithoutResult(status -> recomputation.recompute(YEAR));
			if (run > 0) {
				full.add(millis(start));
			}
		}
		report("full index recompute (read, compute, write) for " + areas + " areas", full);
	}

	private static List<AreaValues> input(JdbcClient jdbc, AreaLevel level, List<String> members) {
		Map<String, Map<String, java.math.BigDecimal>> values = new LinkedHashMap<>();
		jdbc.sql("SELECT code FROM monitor_area WHERE year = :year AND level = :level ORDER BY code")
			.param("year", YEAR)
			.param("level", level.name())
			.query(String.class)
			.list()
			.forEach(code -> values.put(code, new LinkedHashMap<>()));
		jdbc.sql("SELECT code, indicator, value FROM monitor_indicator_value WHERE year = :year AND level = :level AND indicator IN (:members)")
			.param("year", YEAR)
			.param("level", level.name())
			.param("members", members)
			.query(rs -> {
				values.get(rs.getString("code")).put(rs.getString("indicator"), rs.getBigDecimal("value"));
			});
		return values.entrySet().stream().map(entry -> new AreaValues(entry.getKey(), entry.getValue())).toList();
	}

	private static void measurePages(ConfigurableApplicationContext context, JdbcClient jdbc, int requests)
			throws IOException, InterruptedException {
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		Random random = new Random(7);
		List<String> municipalities = codes(jdbc, AreaLevel.MUNICIPALITY);
		List<String> neighbourhoods = codes(jdbc, AreaLevel.NEIGHBOURHOOD);
		Map<String, java.util.function.Supplier<String>> pages = new LinkedHashMap<>();
		pages.put("gemeente view, Amsterdam (517 buurten, page 1 of 11)", () -> "/wijkmonitor/GM0363");
		pages.put("gemeente view, a random gemeente", () -> "/wijkmonitor/" + pick(municipalities, random));
		pages.put("gemeente view sorted by name, page 3, Amsterdam", () -> "/wijkmonitor/GM0363?sorteer=naam&richting=oplopend&pagina=3");
		pages.put("area profile, a random buurt", () -> "/wijkmonitor/gebied/" + pick(neighbourhoods, random));
		pages.put("index API, a random gemeente", () -> "/api/v1/monitor/" + pick(municipalities, random) + "/index");
		for (Map.Entry<String, java.util.function.Supplier<String>> page : pages.entrySet()) {
			// Warm up as a running server is warm: the JIT compiles the template engine after a few hundred pages.
			for (int i = 0; i < 200; i++) {
				get(http, base + page.getValue().get());
			}
			List<Long> micros = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				long start = System.nanoTime();
				int status = get(http, base + page.getValue().get());
				micros.add((System.nanoTime() - start) / 1_000);
				if (status != 200) {
					throw new IllegalStateException("HTTP " + status + " for " + page.getKey());
				}
			}
			micros.sort(null);
			System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)%n", page.getKey(),
					percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0, percentile(micros, 99) / 1000.0,
					requests);
		}
	}

	private static int get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static List<String> codes(JdbcClient jdbc, AreaLevel level) {
		return jdbc.sql("SELECT code FROM monitor_area WHERE year = :year AND level = :level ORDER BY code")
			.param("year", YEAR)
			.param("level", level.name())
			.query(String.class)
			.list();
	}

	private static Map<String, Object> awaitRefresh(JdbcClient jdbc) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			List<Map<String, Object>> jobs = jdbc.sql("""
					SELECT state, (extract(epoch FROM finished_at - started_at) * 1000)::bigint AS ms, summary::text AS summary
					FROM system_job WHERE kind = 'monitor.refresh' ORDER BY created_at DESC LIMIT 1""")
				.query()
				.listOfRows();
			Map<String, Object> job = jobs.isEmpty() ? Map.of() : jobs.get(0);
			if ("SUCCEEDED".equals(job.get("state")) || "FAILED".equals(job.get("state"))) {
				if ("FAILED".equals(job.get("state"))) {
					throw new IllegalStateException("the monitor refresh failed");
				}
				return job;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the monitor refresh did not finish in 10 minutes");
	}

	private static String pick(List<String> codes, Random random) {
		return new AreaCode(codes.get(random.nextInt(codes.size()))).value();
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static void report(String what, List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		sorted.sort(null);
		System.out.printf(Locale.ROOT, "%s: median %d ms (min %d, max %d, %d runs)%n", what, sorted.get(sorted.size() / 2),
				sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
