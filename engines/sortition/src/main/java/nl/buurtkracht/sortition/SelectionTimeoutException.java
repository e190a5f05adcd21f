// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.time.Duration;

/** Thrown when an algorithm passes the time limit of its {@link SolverSettings}. */
public final class SelectionTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SelectionTimeoutException(String algorithm, Duration limit) {
        super("%s did not finish within %s".formatted(algorithm, limit));
    }
}
