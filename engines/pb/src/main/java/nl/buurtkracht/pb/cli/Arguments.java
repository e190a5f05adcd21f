// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsed {@code --option value}, {@code --flag} and positional arguments. */
record Arguments(Map<String, String> options, Set<String> flags, List<String> positional) {

    private static final Set<String> FLAGS = Set.of("explain", "equalshares-net");

    static Arguments parse(List<String> args) {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                throw new Main.UsageException("option --" + name + " needs a value");
            }
        }
        return new Arguments(options, flags, positional);
    }

    @Nullable String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new Main.UsageException("--" + name + " needs a whole number, not '" + value + "'");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** Fails on options this command does not know. */
    Arguments allowOnly(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new Main.UsageException("unknown option --" + name);
            }
        }
        for (String name : flags) {
            if (!known.contains(name)) {
                throw new Main.UsageException("unknown option --" + name);
            }
        }
        return this;
    }
}
