// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.pb.BallotConstraints;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.VoteType;
import org.jspecify.annotations.Nullable;

/**
 * Reads Pabulib {@code .pb} files (PB-SPEC.md §1) into a {@link Profile} with its {@link Instance}.
 *
 * <p>It accepts every vote type (approval, choose-1, ordinal, cumulative, scoring), a UTF-8 byte-order mark, CR/LF
 * line ends, quoted fields, decimal commas in amounts, {@code none} for absent values, empty ballots and any voter
 * metadata columns. Amounts and points are parsed exactly. Anything malformed (a missing section or {@code budget}, a
 * bad number, an unknown project id in a vote, a points/vote length mismatch, ...) raises a
 * {@link PabulibFormatException} naming the line; there is never a partial result. Ballot constraints from
 * {@code META} are recorded but not enforced, as in pabutools (see {@link Profile#constraintViolations()}).
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    /** Reads a file; the source name in errors is the file name. */
    public static Profile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Reads UTF-8 text from a stream. */
    public static Profile read(InputStream input, String source) throws IOException {
        return parse(new String(input.readAllBytes(), StandardCharsets.UTF_8), source);
    }

    /**
     * Parses Pabulib text.
     *
     * @param source a name for error messages, such as the file name
     * @throws PabulibFormatException if the text is not a valid Pabulib file
     */
    public static Profile parse(String text, String source) {
        return new Parse(text, source).profile();
    }

    /** One parse: the sections in order META, PROJECTS, VOTES. */
    private static final class Parse {

        private final CsvRecords records;
        private final String source;
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final Map<String, Integer> metaLines = new HashMap<>();
        private final List<String> projectIds = new ArrayList<>();
        private final List<BigDecimal> projectCosts = new ArrayList<>();
        private final List<Map<String, String>> projectAttributes = new ArrayList<>();
        private final Map<String, Integer> projectIndex = new HashMap<>();
        private @Nullable Instance instance;
        private VoteType voteType = VoteType.APPROVAL;
        private Profile.@Nullable Builder ballots;
        private String section = "";
        private List<String> header = List.of();
        private int voteColumn;
        private int pointsColumn;
        private int voterColumn;

        Parse(String text, String source) {
            this.records = new CsvRecords(text);
            this.source = source;
        }

        Profile profile() {
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (CsvRecords.isBlank(record)) {
                    continue;
                }
                String first = record.get(0).toLowerCase(Locale.ROOT);
                if ((first.equals("meta") || first.equals("projects") || first.equals("votes"))
                        && record.stream().skip(1).allMatch(String::isEmpty)) {
                    startSection(first);
                } else {
                    row(record);
                }
            }
            if (!section.equals("votes")) {
                throw error(0, "missing " + (section.isEmpty() ? "META" : section.equals("meta") ? "PROJECTS" : "VOTES")
                        + " section");
            }
            if (ballots == null) {
                throw error(0, "the VOTES section has no header");
            }
            return ballots.build();
        }

        private void startSection(String name) {
            String expected = switch (section) {
                case "" -> "meta";
                case "meta" -> "projects";
                case "projects" -> "votes";
                default -> "";
            };
            if (!name.equals(expected)) {
                throw error(records.line(), "unexpected section " + name.toUpperCase(Locale.ROOT) + (expected.isEmpty()
                        ? " after VOTES" : "; expected " + expected.toUpperCase(Locale.ROOT)));
            }
            if (name.equals("votes")) {
                instance = buildInstance();
            }
            section = name;
            header = List.of();
        }

        private void row(List<String> record) {
            if (section.isEmpty()) {
                throw error(records.line(), "text before the META section");
            }
            if (header.isEmpty()) {
                setHeader(record);
                return;
            }
            if (record.size() > header.size()) {
                throw error(records.line(), "row has " + record.size() + " fields but the header has " + header.size());
            }
            switch (section) {
                case "meta" -> metaRow(record);
                case "projects" -> projectRow(record);
                default -> voteRow(record);
            }
        }

        private void setHeader(List<String> record) {
            header = record;
            if (section.equals("projects")) {
                if (!record.get(0).equals("project_id")) {
                    throw error(records.line(), "the PROJECTS header must start with project_id");
                }
                column("cost");
            } else if (section.equals("votes")) {
                voterColumn = column("voter_id");
                voteColumn = column("vote");
                pointsColumn = voteType.hasPoints() ? column("points") : -1;
                List<String> attributes = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    if (i != voterColumn && i != voteColumn && i != pointsColumn) {
                        attributes.add(header.get(i));
                    }
                }
                ballots = Profile.builder(requireInstance(), voteType).constraints(constraints())
                        .voterAttributeColumns(attributes);
            }
        }

        private int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw error(records.line(), "the " + section.toUpperCase(Locale.ROOT) + " header has no " + name
                        + " column");
            }
            return index;
        }

        private void metaRow(List<String> record) {
            if (record.size() < 2) {
                throw error(records.line(), "META row '" + record.get(0) + "' needs a key and a value");
            }
            String key = record.get(0);
            if (meta.containsKey(key)) {
                throw error(records.line(), "duplicate META key " + key);
            }
            meta.put(key, record.get(1));
            metaLines.put(key, records.line());
        }

        private void projectRow(List<String> record) {
            String id = record.get(0);
            if (absent(id)) {
                throw error(records.line(), "missing project_id");
            }
            if (id.indexOf(',') >= 0) {
                throw error(records.line(), "project id '" + id + "' contains a comma");
            }
            if (projectIndex.putIfAbsent(id, projectIds.size()) != null) {
                throw error(records.line(), "duplicate project id " + id);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            BigDecimal cost = null;
            for (int i = 1; i < record.size(); i++) {
                if (header.get(i).equals("cost")) {
                    cost = absent(record.get(i)) ? null : amount(record.get(i), "cost of project " + id);
                } else if (!absent(record.get(i))) {
                    attributes.put(header.get(i), record.get(i));
                }
            }
            if (cost == null) {
                throw error(records.line(), "missing cost of project " + id);
            }
            if (cost.signum() < 0) {
                throw error(records.line(), "negative cost of project " + id + ": " + cost.toPlainString());
            }
            projectIds.add(id);
            projectCosts.add(cost);
            projectAttributes.add(attributes);
        }

        private void voteRow(List<String> record) {
            String voterId = field(record, voterColumn);
            String vote = field(record, voteColumn);
            String[] attributes = new String[header.size()];
            int column = 0;
            for (int i = 0; i < header.size(); i++) {
                if (i != voterColumn && i != voteColumn && i != pointsColumn) {
                    String value = i < record.size() ? record.get(i) : "none";
                    attributes[column++] = absent(value) ? null : value;
                }
            }
            if (!voteType.hasPoints()) {
                List<String> ids = absent(vote) ? List.of() : split(vote);
                int[] projects = new int[ids.size()];
                for (int i = 0; i < projects.length; i++) {
                    projects[i] = project(ids.get(i));
                }
                requireBallots().add(absent(voterId) ? "" : voterId, projects, null, attributes);
                return;
            }
            pointsRow(absent(voterId) ? "" : voterId, vote, field(record, pointsColumn), attributes);
        }

        private void pointsRow(String voterId, String vote, String pointsField, String[] attributes) {
            if (absent(pointsField)) {
                requireBallots().add(voterId, new int[0], new BigDecimal[0], attributes);
                return;
            }
            if (absent(vote)) {
                throw error(records.line(), "points without a vote");
            }
            String[] ids = vote.split(",", -1);
            String[] values = pointsField.split(",", -1);
            if (ids.length != values.length) {
                throw error(records.line(), "vote lists " + ids.length + " projects but points has " + values.length
                        + " numbers");
            }
            int[] projects = new int[ids.length];
            BigDecimal[] points = new BigDecimal[ids.length];
            boolean[] seen = new boolean[projectIds.size()];
            for (int i = 0; i < ids.length; i++) {
                projects[i] = project(ids[i].strip());
                if (seen[projects[i]]) {
                    throw error(records.line(), "project " + ids[i].strip() + " gets points twice");
                }
                seen[projects[i]] = true;
                points[i] = decimal(values[i].strip(), "points");
            }
            requireBallots().add(voterId, projects, points, attributes);
        }

        private int project(String id) {
            Integer index = projectIndex.get(id);
            if (index == null) {
                throw error(records.line(), id.isEmpty() ? "empty project id in vote" : "unknown project id '" + id
                        + "' in vote");
            }
            return index;
        }

        private static List<String> split(String list) {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= list.length(); i++) {
                if (i == list.length() || list.charAt(i) == ',') {
                    String part = list.substring(start, i).strip();
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                    start = i + 1;
                }
            }
            return parts;
        }

        private Instance buildInstance() {
            if (!section.equals("projects")) {
                throw error(records.line(), "missing PROJECTS section before VOTES");
            }
            String type = requireMeta("vote_type");
            voteType = VoteType.fromPabulibName(type).orElseThrow(() -> error(metaLines.get("vote_type"),
                    "unknown vote_type '" + type + "'"));
            BigDecimal budget = metaAmount("budget");
            if (budget.signum() < 0) {
                throw error(metaLines.get("budget"), "negative budget " + budget.toPlainString());
            }
            int decimals = Math.max(0, budget.scale());
            for (BigDecimal cost : projectCosts) {
                decimals = Math.max(decimals, cost.scale());
            }
            Instance.Builder builder = Instance.builder().decimals(decimals).budget(minorUnits(budget, decimals, 0));
            for (int p = 0; p < projectIds.size(); p++) {
                try {
                    builder.project(new Project(projectIds.get(p), minorUnits(projectCosts.get(p), decimals, 0),
                            projectAttributes.get(p)));
                } catch (IllegalArgumentException invalid) {
                    throw error(0, invalid.getMessage());
                }
            }
            meta.forEach(builder::meta);
            return builder.build();
        }

        private long minorUnits(BigDecimal amount, int decimals, int line) {
            try {
                return amount.setScale(decimals).unscaledValue().longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw error(line, "amount too large: " + amount.toPlainString());
            }
        }

        private BallotConstraints constraints() {
            return new BallotConstraints(metaInteger("min_length"), metaInteger("max_length"),
                    metaDecimal("min_sum_cost"), metaDecimal("max_sum_cost"), metaDecimal("min_points"),
                    metaDecimal("max_points"), metaDecimal("min_sum_points"), metaDecimal("max_sum_points"));
        }

        private @Nullable Integer metaInteger(String key) {
            BigDecimal value = metaDecimal(key);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException notAnInteger) {
                throw error(metaLines.get(key), key + " must be a whole number, not " + value.toPlainString());
            }
        }

        private @Nullable BigDecimal metaDecimal(String key) {
            String value = meta.get(key);
            if (value == null || absent(value)) {
                return null;
            }
            return numberAt(value, key, metaLines.get(key));
        }

        private BigDecimal metaAmount(String key) {
            return numberAt(requireMeta(key).replace(',', '.'), key, metaLines.get(key));
        }

        private String requireMeta(String key) {
            String value = meta.get(key);
            if (value == null || value.isEmpty()) {
                throw error(0, "missing " + key + " in META");
            }
            return value;
        }

        private BigDecimal amount(String text, String what) {
            return decimal(text.replace(',', '.'), what);
        }

        private BigDecimal decimal(String text, String what) {
            return numberAt(text, what, records.line());
        }

        private BigDecimal numberAt(String text, String what, int line) {
            if (!isDecimal(text)) {
                throw error(line, "bad number '" + text + "' for " + what);
            }
            return new BigDecimal(text.charAt(0) == '+' ? text.substring(1) : text);
        }

        /** Digits with an optional sign and an optional fraction; no exponent, spaces or thousands separators. */
        private static boolean isDecimal(String text) {
            int i = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
            int digits = 0;
            boolean point = false;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '.' && !point && digits > 0 && i + 1 < text.length()) {
                    point = true;
                } else {
                    return false;
                }
            }
            return digits > 0;
        }

        private static boolean absent(String value) {
            return value.length() == 4 && value.equalsIgnoreCase("none");
        }

        private static String field(List<String> record, int column) {
            return column < record.size() ? record.get(column) : "none";
        }

        private Instance requireInstance() {
            if (instance == null) {
                throw error(records.line(), "missing PROJECTS section before VOTES");
            }
            return instance;
        }

        private Profile.Builder requireBallots() {
            if (ballots == null) {
                throw error(records.line(), "the VOTES section has no header");
            }
            return ballots;
        }

        private PabulibFormatException error(int line, String problem) {
            return new PabulibFormatException(source, line, problem);
        }
    }
}
