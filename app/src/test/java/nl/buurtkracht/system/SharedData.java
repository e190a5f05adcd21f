// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The real data in {@code ../shared/data}, read in place and never copied into the repository. The build
 * passes its path as {@code shared.data}; without it a test is skipped with a reason, unless
 * {@code shared.data.required=true} (CI), where a missing directory fails the test.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path file(String relative) {
		Path file = directory().resolve(relative);
		if (!Files.isRegularFile(file)) {
			fail("Expected shared data file is missing: " + file);
		}
		return file;
	}

	public static Path directory() {
		String configured = System.getProperty("shared.data", "");
		Path directory = configured.isBlank() ? Path.of("..", "..", "shared", "data") : Path.of(configured);
		if (Files.isDirectory(directory)) {
			return directory;
		}
		String reason = "../shared/data not found at " + directory.toAbsolutePath().normalize()
				+ ": tests that read the real CBS, Pabulib and sortition data are skipped";
		if (Boolean.getBoolean("shared.data.required")) {
			fail(reason + " (shared.data.required=true)");
		}
		Assumptions.abort(reason);
		throw new AssertionError("unreachable");
	}

}
