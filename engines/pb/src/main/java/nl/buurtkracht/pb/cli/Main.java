// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import nl.buurtkracht.pb.UnresolvedTieException;
import nl.buurtkracht.pb.pabulib.PabulibFormatException;

/**
 * The {@code buurtkracht-pb.jar} command line.
 *
 * <pre>
 * java -jar buurtkracht-pb.jar compute --rule RULE [--format json|text] [--explain] [--tie-breaking T]
 *                                      [--equalshares-net] [--minimum-score N] FILE.pb
 * java -jar buurtkracht-pb.jar bench [--data DIR] [--rules reference|all|r1,r2] [--files TEXT] [--runs N]
 *                                    [--warmup N] [--warmup-ms MS] [--explain]
 * </pre>
 *
 * Exit codes: 0 success, 1 bad input (unreadable or malformed file, rule not applicable), 2 bad usage.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar buurtkracht-pb.jar compute --rule RULE [--format json|text] [--explain]
                                                [--tie-breaking id|app_score|min_cost|max_cost|refuse]
                                                [--equalshares-net] [--minimum-score N] FILE.pb
                   java -jar buurtkracht-pb.jar bench [--data DIR] [--rules reference|all|RULE,...] [--files TEXT]
                                              [--runs N] [--warmup N] [--warmup-ms MS] [--explain]""";

    private Main() {
    }

    /** Runs a command and exits with its status. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the exit status. Errors are printed as one line on {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        if (Arrays.asList(args).contains("--help") || args[0].equals("help")) {
            out.println(USAGE);
            return 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "compute" -> new ComputeCommand(Arguments.parse(rest)).run(out);
                case "bench" -> new BenchCommand(Arguments.parse(rest)).run(out);
                default -> throw new UsageException("unknown command '" + args[0] + "'; use compute or bench");
            };
        } catch (UsageException wrongUsage) {
            err.println("error: " + wrongUsage.getMessage());
            err.println(USAGE);
            return 2;
        } catch (PabulibFormatException | IllegalArgumentException | UnresolvedTieException | ArithmeticException bad) {
            err.println("error: " + bad.getMessage());
            return 1;
        } catch (NoSuchFileException missing) {
            err.println("error: no such file: " + missing.getFile());
            return 1;
        } catch (IOException | UncheckedIOException unreadable) {
            err.println("error: cannot read input: " + unreadable.getMessage());
            return 1;
        }
    }

    /** Wrong command-line usage. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
