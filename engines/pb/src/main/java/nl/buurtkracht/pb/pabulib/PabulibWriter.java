// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;

/**
 * Writes a {@link Profile} as a Pabulib {@code .pb} file, for example to publish anonymised ballots as open data.
 *
 * <p>{@code META} keeps the instance's entries in order; {@code num_projects}, {@code num_votes}, {@code budget},
 * {@code vote_type} and the ballot constraints are written from the data itself. Amounts are written with exactly
 * {@link Instance#decimals()} decimals, so reading the file back gives an equal profile (read, write, read round-trips
 * for any profile whose attribute values are not the word {@code none}, which Pabulib reserves for "absent").
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    /** Writes the profile to a file in UTF-8. */
    public static void write(Profile profile, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(profile, out);
        }
    }

    /** The profile as Pabulib text. */
    public static String toText(Profile profile) {
        StringWriter out = new StringWriter();
        try {
            write(profile, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** Writes the profile as Pabulib text. */
    public static void write(Profile profile, Writer out) throws IOException {
        Instance instance = profile.instance();
        out.write("META\nkey;value\n");
        for (Map.Entry<String, String> entry : meta(profile).entrySet()) {
            row(out, List.of(entry.getKey(), entry.getValue()));
        }
        Set<String> projectColumns = new LinkedHashSet<>();
        instance.projects().forEach(project -> projectColumns.addAll(project.attributes().keySet()));
        out.write("PROJECTS\n");
        List<String> header = new ArrayList<>(List.of("project_id", "cost"));
        header.addAll(projectColumns);
        row(out, header);
        for (Project project : instance.projects()) {
            List<String> fields = new ArrayList<>(List.of(project.id(), amount(instance, project.cost())));
            projectColumns.forEach(column -> fields.add(project.attributes().getOrDefault(column, "none")));
            row(out, fields);
        }
        out.write("VOTES\n");
        List<String> voteHeader = new ArrayList<>(List.of("voter_id", "vote"));
        if (profile.voteType().hasPoints()) {
            voteHeader.add("points");
        }
        voteHeader.addAll(profile.voterAttributeNames());
        row(out, voteHeader);
        for (Ballot ballot : profile.ballots()) {
            List<String> fields = new ArrayList<>(List.of(ballot.voterId(), String.join(",", ballot.projectIds())));
            if (profile.voteType().hasPoints()) {
                fields.add(ballot.points().stream().map(BigDecimal::toPlainString).reduce((a, b) -> a + "," + b)
                        .orElse(""));
            }
            profile.voterAttributeNames().forEach(column -> fields.add(ballot.attributes().getOrDefault(column, "none")));
            row(out, fields);
        }
        out.flush();
    }

    private static Map<String, String> meta(Profile profile) {
        Instance instance = profile.instance();
        Map<String, String> computed = new LinkedHashMap<>();
        computed.put("num_projects", Integer.toString(instance.size()));
        computed.put("num_votes", Integer.toString(profile.size()));
        computed.put("budget", amount(instance, instance.budget()));
        computed.put("vote_type", profile.voteType().pabulibName());
        computed.putAll(profile.constraints().asMeta());
        Map<String, String> meta = new LinkedHashMap<>();
        instance.meta().forEach((key, value) -> meta.put(key, computed.getOrDefault(key, value)));
        computed.forEach(meta::putIfAbsent);
        return meta;
    }

    private static String amount(Instance instance, long minorUnits) {
        return BigDecimal.valueOf(minorUnits, instance.decimals()).toPlainString();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** Quotes a field that contains a separator, a quote or a line break. */
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
