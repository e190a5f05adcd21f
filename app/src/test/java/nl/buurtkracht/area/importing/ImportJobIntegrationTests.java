// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaTables;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.area.ImportSummary;
import nl.buurtkracht.area.RecordedAreaEvents;
import nl.buurtkracht.system.BackgroundJobs;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.JobPayload;
import nl.buurtkracht.system.JobState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.geoJson;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withLine;
import static nl.buurtkracht.area.CbsTestFiles.withoutColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Imports as background jobs and as the use cases other code calls: all or nothing even when the job
 * fails after its writes, events after commit, re-imports that replace values, one import at a time.
 */
@SpringBootTest
class ImportJobIntegrationTests {

	@Autowired
	AreaCatalogue catalogue;

	@Autowired
	CbsImporter cbs;

	@Autowired
	BoundaryImporter boundaries;

	@Autowired
	BackgroundJobs jobs;

	@Autowired
	ImportLock lock;

	@Autowired
	RecordedAreaEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void rollsBackEveryWriteWhenTheJobFailsAfterThem() {
		AreaTables.Fingerprint before = AreaTables.fingerprint(jdbc);

		JobId id = catalogue.startImport(ImportKind.CBS_KWB, "laat.csv", bytes(statLine("19", "Laatdorp")),
				RecordedAreaEvents.FAILING_YEAR, "admin-id");
		Job job = awaitFinished(id);

		assertThat(job.state()).isEqualTo(JobState.FAILED);
		assertThat(job.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("niets opgeslagen"));
		assertThat(AreaTables.fingerprint(jdbc)).isEqualTo(before);
	}

	@Test
	void checksTheFileAgainWhenTheJobRuns() {
		AreaTables.Fingerprint before = AreaTables.fingerprint(jdbc);
		byte[] bad = bytes(withLine(statLine("18", "Nadorp"), 6,
				"\"Noordveld\";\"Nadorp\";\"Buurt\";\"BU98180001\";\"3\";250;125;125;40;30;60;70;veel"));

		JobId id = jobs.submit(ImportKind.CBS_KWB.jobKind(), "Zonder controle", Map.of("year", "2038"),
				new JobPayload("nadorp.csv", bad), "admin-id");
		Job job = awaitFinished(id);

		assertThat(job.state()).isEqualTo(JobState.FAILED);
		assertThat(job.errors()).extracting(InputError::line, InputError::field)
			.containsExactly(tuple(6, "Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)"));
		assertThat(AreaTables.fingerprint(jdbc)).isEqualTo(before);
	}

	@Test
	void publishesWhatWasImportedAfterCommit() {
		cbs.importFile("kwb.csv", bytes(statLine("13", "Eventdorp")), 2033, ImportProgress.NONE);
		boundaries.importFile("grenzen.geojson", geoJson("WK981300", "WK981301"), 2033, ImportProgress.NONE);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(events.figures()).filteredOn(event -> event.year() == 2033).singleElement().satisfies(event -> {
				assertThat(event.municipalities()).containsExactly(AreaCode.of("GM9813"));
				assertThat(event.labels()).hasSize(8).contains(FigureLabel.INHABITANTS);
			});
			assertThat(events.boundaries()).filteredOn(event -> event.year() == 2033).singleElement()
				.satisfies(event -> assertThat(event.municipalities()).containsExactly(AreaCode.of("GM9813")));
		});
	}

	@Test
	void replacesValuesOnReimportAndRemovesValuesThatAreNowSuppressed() {
		String file = statLine("14", "Herhaaldorp");
		cbs.importFile("kwb.csv", bytes(file), 2034, ImportProgress.NONE);
		String changed = withLine(withLine(file, 5,
				"\"Noordbuurt\";\"Herhaaldorp\";\"Buurt\";\"BU98140000\";\"1\";355;\".\";180;50;40;90;100;75"), 6,
				"\"Noordveld (nieuw)\";\"Herhaaldorp\";\"Buurt\";\"BU98140001\";\"3\";250;125;125;40;30;60;70;50");

		cbs.importFile("kwb.csv", bytes(changed), 2034, ImportProgress.NONE);

		AreaCode noordbuurt = AreaCode.of("BU98140000");
		assertThat(catalogue.keyFigures(noordbuurt, 2034).inhabitants()).isEqualByComparingTo("355");
		assertThat(catalogue.keyFigures(noordbuurt, 2034).men()).as("suppressed now, so no longer stored").isNull();
		assertThat(catalogue.find(AreaCode.of("BU98140001"), 2034)).hasValueSatisfying(
				area -> assertThat(area.name()).isEqualTo("Noordveld (nieuw)"));
	}

	@Test
	void acceptsBuurtenWhoseWijkIsStoredAlready() {
		String file = statLine("15", "Aanvuldorp");
		cbs.importFile("kwb.csv", bytes(file), 2035, ImportProgress.NONE);
		String onlyANewBuurt = file.split("\r\n")[0] + "\r\n"
				+ "\"Nieuwbouw\";\"Aanvuldorp\";\"Buurt\";\"BU98150002\";\"1\";10;5;5;5;0;5;0;0\r\n";

		cbs.importFile("kwb.csv", bytes(onlyANewBuurt), 2035, ImportProgress.NONE);

		assertThat(catalogue.find(AreaCode.of("BU98150002"), 2035)).hasValueSatisfying(
				area -> assertThat(area.parent()).isEqualTo(AreaCode.of("WK981500")));
	}

	@Test
	void joinsAFileWithoutCodesToTheFileItMatchesAmongOthersOfTheSameYear() {
		String first = statLine("51", "Eerstedorp");
		cbs.importFile("eerste.csv", bytes(first), 2040, ImportProgress.NONE);
		cbs.importFile("tweede.csv", bytes(statLine("52", "Tweededorp")), 2040, ImportProgress.NONE);
		String withoutCodes = withoutColumn(first, 3).replace("Bevolking/Aantal inwoners (aantal)\";\"Bevolking/Geslacht/Mannen",
				"Bevolking/Aantal inwoners (aantal)\";\"Bevolking/Geslacht/Jongens");

		ImportSummary summary = cbs.importFile("zonder-codes.csv", bytes(withoutCodes), 2040, ImportProgress.NONE);

		assertThat(summary.joinedByPosition()).isTrue();
		assertThat(catalogue.figures(AreaCode.of("BU98510001"), 2040).value("Bevolking/Geslacht/Jongens (aantal)"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("125"));
	}

	@Test
	void waitsForAnImportOnAnotherInstanceToFinish() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<?> otherInstance = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
			.executeWithoutResult(status -> {
				lock.acquire();
				locked.countDown();
				awaitLatch(release);
			}));
		awaitLatch(locked);

		CompletableFuture<?> importing = CompletableFuture.runAsync(
				() -> cbs.importFile("kwb.csv", bytes(statLine("16", "Wachtdorp")), 2036, ImportProgress.NONE));
		Thread.sleep(500);
		boolean finishedWhileLocked = importing.isDone();
		release.countDown();
		otherInstance.get(10, TimeUnit.SECONDS);
		importing.get(30, TimeUnit.SECONDS);

		assertThat(finishedWhileLocked).isFalse();
		assertThat(catalogue.find(AreaCode.of("GM9816"), 2036)).isPresent();
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Job awaitFinished(JobId id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).map(job -> job.state().isFinished()).orElse(false));
		return jobs.find(id).orElseThrow();
	}

}
