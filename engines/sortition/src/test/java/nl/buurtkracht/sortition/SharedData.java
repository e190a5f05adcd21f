// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's shared reference data (../shared/data, passed by the build as the system property
 * {@code shared.data}). Missing data skips a test, unless {@code shared.data.required} is true (as in CI),
 * where it fails it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** A path below ../shared/data/sortition; skips or fails the test when the data is absent. */
    public static Path sortition(String relative) {
        String root = System.getProperty("shared.data", "../../../shared/data");
        Path directory = Path.of(root).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory.resolve("sortition"))) {
            String message = "../shared/data not found at %s: data tests skipped".formatted(directory);
            if (Boolean.parseBoolean(System.getProperty("shared.data.required", "false"))) {
                Assertions.fail(message.replace("skipped", "required (shared.data.required=true)"));
            }
            Assumptions.abort(message);
        }
        return directory.resolve("sortition").resolve(relative);
    }
}
