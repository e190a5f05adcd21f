// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM, shared by every Spring context that asks for
 * it (tests cache several contexts) and stopped when the last of them closes.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final Path directory;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
		Path directory = properties.directory().toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.computeIfAbsent(directory, dir -> start(dir, properties.clean()));
		server.users++;
		return server;
	}

	DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(directory);
		}
		try {
			postgres.close();
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EmbeddedPostgresServer start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory);
			Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
			stopOrphanedPostmaster(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedPostgresServer(directory, postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * After a hard kill of the JVM the postmaster outlives it and keeps the data directory locked, so
	 * a restart would fail. Ask it to shut down fast (SIGINT) before starting a new one.
	 */
	private static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
		Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (postmaster.isEmpty()) {
			return;
		}
		log.warn("A previous embedded PostgreSQL (pid {}) still holds {}; stopping it", pid, directory);
		new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
		postmaster.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
	}

}
