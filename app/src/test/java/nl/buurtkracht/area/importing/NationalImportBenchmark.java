// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.buurtkracht.BuurtkrachtApplication;
import nl.buurtkracht.area.ImportSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the import of the national CBS file (18,310 rows) into an empty year, as an administrator's
 * upload runs it: read, check, COPY, upsert, one transaction. Not a test: run it by hand (see
 * {@code docs/benchmarks.md}) on a quiet machine; it prints every run and the median.
 * <pre>
 * ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.buurtkracht.area.importing.NationalImportBenchmark -Dexec.args="7"
 * </pre>
 */
public final class NationalImportBenchmark {

	private static final String FILE = "Kerncijfers_wijken_en_buurten_2024_geslachten.csv";

	private NationalImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		Path file = Path.of(args.length > 1 ? args[1] : "../../shared/data/cbs/" + FILE);
		byte[] content = Files.readAllBytes(file);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BuurtkrachtApplication.class)
			.properties("server.port=0", "buurtkracht.embedded-database.directory=target/benchmark-postgres",
					"buurtkracht.embedded-database.clean=true", "buurtkracht.demo.enabled=false",
					"logging.level.root=WARN")
			.run()) {
			CbsImporter importer = context.getBean(CbsImporter.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<Long> millis = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				empty(jdbc);
				long start = System.nanoTime();
				ImportSummary summary = importer.importFile(FILE, content, null, ImportProgress.NONE);
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				// The first run warms up the JIT and PostgreSQL's caches; it is printed but not counted.
				System.out.printf(Locale.ROOT, "run %d%s: %d ms (%d gemeenten, %d wijken, %d buurten, %d figures)%n",
						run, run == 0 ? " (warm-up)" : "", elapsed, summary.municipalities(), summary.districts(),
						summary.neighbourhoods(), summary.figures());
				if (run > 0) {
					millis.add(elapsed);
				}
			}
			millis.sort(null);
			System.out.printf(Locale.ROOT, "median of %d runs: %d ms (min %d, max %d)%n", runs, millis.get(runs / 2),
					millis.get(0), millis.get(runs - 1));
		}
	}

	private static void empty(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM area_figure WHERE year = 2024").update();
		jdbc.sql("DELETE FROM area_boundary WHERE year = 2024").update();
		jdbc.sql("DELETE FROM area_region WHERE year = 2024 AND level = 'NEIGHBOURHOOD'").update();
		jdbc.sql("DELETE FROM area_region WHERE year = 2024 AND level = 'DISTRICT'").update();
		jdbc.sql("DELETE FROM area_region WHERE year = 2024").update();
		jdbc.sql("VACUUM ANALYZE area_region").update();
		jdbc.sql("VACUUM ANALYZE area_figure").update();
	}

}
