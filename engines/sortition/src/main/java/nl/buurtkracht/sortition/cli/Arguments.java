// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** {@code --name value} options after a subcommand; unknown or repeated options are usage errors. */
final class Arguments {

    /** A usage error; the command prints it with the usage text. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();

    Arguments(List<String> args, Set<String> allowed) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new UsageException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(name + " needs a value");
            }
            if (this.values.put(name.substring(2), args.get(++i)) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
    }

    @Nullable String get(String name) {
        return this.values.get(name);
    }

    String get(String name, String fallback) {
        return this.values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String value = this.values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    boolean has(String name) {
        return this.values.containsKey(name);
    }

    int integer(String name, int fallback) {
        String value = this.values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--%s must be a whole number, got '%s'".formatted(name, value));
        }
    }

    long longValue(String name) {
        String value = require(name);
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--%s must be a whole number, got '%s'".formatted(name, value));
        }
    }
}
