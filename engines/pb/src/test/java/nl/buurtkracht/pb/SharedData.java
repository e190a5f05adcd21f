// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared/data} for tests that use the real Pabulib instances. The build passes its absolute path
 * in the system property {@code shared.data}. When the directory is missing the test is skipped, unless
 * {@code shared.data.required} is {@code true} (as in CI), in which case it fails.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code pabulib} directory with the instances and {@code expected.json}. */
    public static Path pabulib() {
        return require("pabulib");
    }

    private static Path require(String child) {
        String configured = System.getProperty("shared.data");
        Path root = configured == null ? Path.of("..", "shared", "data") : Path.of(configured);
        Path directory = root.resolve(child).toAbsolutePath().normalize();
        if (Files.isDirectory(directory)) {
            return directory;
        }
        String message = "../shared/data not found at " + directory + ": data tests skipped";
        if (Boolean.parseBoolean(System.getProperty("shared.data.required"))) {
            Assertions.fail(message.replace("data tests skipped", "required by shared.data.required=true"));
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable: abort throws");
    }
}
