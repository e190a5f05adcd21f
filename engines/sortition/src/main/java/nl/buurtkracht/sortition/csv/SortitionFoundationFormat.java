// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.buurtkracht.sortition.Quota;
import nl.buurtkracht.sortition.Respondent;
import nl.buurtkracht.sortition.SelectionProblem;

/**
 * The Sortition Foundation's files: a quotas file with header {@code feature,value,min,max} (optionally
 * {@code ,min_flex,max_flex}; the older stratification-app header {@code category,name,min,max,...} is
 * accepted too) and a people file with an id column and one column per feature. Column names and values
 * match case-insensitively after trimming.
 *
 * <p>The stratification-app wrote 0 in every {@code max_flex} cell; a file whose {@code max_flex} column
 * is 0 on every row is therefore read as having no flex limits. Otherwise {@code max_flex < max} or
 * {@code min_flex > min} is an error.
 *
 * <p>With address columns given, respondents whose address fields are all equal (after trimming,
 * case-insensitively) form a household of which at most one person is selected.
 */
public final class SortitionFoundationFormat {

    /** The id column of NationBuilder exports, the Sortition Foundation's default. */
    public static final String DEFAULT_ID_COLUMN = "nationbuilder_id";

    private SortitionFoundationFormat() {
    }

    /**
     * Reads a quotas file.
     *
     * @throws SortitionFormatException for a missing column, a bad number or inconsistent bounds, with
     *     the line
     */
    public static List<Quota> readQuotas(Path file) {
        CsvTable table = CsvTable.read(file);
        int feature = table.column("feature") >= 0 ? table.column("feature") : table.requireColumn("category");
        int value = table.column("value") >= 0 ? table.column("value") : table.requireColumn("name");
        int min = table.requireColumn("min");
        int max = table.requireColumn("max");
        int minFlex = table.column("min_flex");
        int maxFlex = table.column("max_flex");
        boolean flex = minFlex >= 0 && maxFlex >= 0
                && table.rows().stream().anyMatch(row -> !"0".equals(row.get(maxFlex)));
        List<Quota> quotas = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            try {
                Quota quota = Quota.of(row.get(feature), row.get(value), table.integer(row, min, "min"),
                        table.integer(row, max, "max"));
                quotas.add(flex ? quota.withFlex(table.integer(row, minFlex, "min_flex"),
                        table.integer(row, maxFlex, "max_flex")) : quota);
            }
            catch (IllegalArgumentException ex) {
                throw new SortitionFormatException(table.file(), row.line(), ex.getMessage());
            }
        }
        requireUniqueQuotas(table, quotas);
        return quotas;
    }

    /**
     * Reads a people file into a problem with these quotas.
     *
     * @param file the people file
     * @param quotas the quotas, as read by {@link #readQuotas(Path)}
     * @param panelSize the panel size k
     * @param idColumn the id column, for example {@link #DEFAULT_ID_COLUMN}
     * @param addressColumns the columns that together identify a household; empty for no household rule
     * @throws SortitionFormatException for a missing column (naming every quota feature without a column),
     *     a duplicate id, a blank id or a value without quota, with the line
     */
    public static SelectionProblem readPeople(Path file, List<Quota> quotas, int panelSize, String idColumn,
            List<String> addressColumns) {
        CsvTable table = CsvTable.read(file);
        int id = table.requireColumn(idColumn);
        Map<String, Integer> featureColumns = featureColumns(table, quotas);
        List<Integer> address = addressColumns.stream().map(table::requireColumn).toList();
        SelectionProblem.Builder builder;
        try {
            builder = SelectionProblem.builder(quotas);
        }
        catch (IllegalArgumentException ex) {
            throw new SortitionFormatException(table.file(), 0, ex.getMessage());
        }
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> features = new LinkedHashMap<>();
            featureColumns.forEach((feature, column) -> features.put(feature, row.get(column)));
            String household = address.isEmpty() ? null
                    : address.stream().map(c -> row.get(c).toLowerCase(Locale.ROOT)).collect(Collectors.joining("\u001f"));
            try {
                builder.respondent(new Respondent(row.get(id), features, household));
            }
            catch (IllegalArgumentException ex) {
                throw new SortitionFormatException(table.file(), row.line(), ex.getMessage());
            }
        }
        try {
            return builder.panelSize(panelSize).build();
        }
        catch (IllegalArgumentException ex) {
            throw new SortitionFormatException(table.file(), 0, ex.getMessage());
        }
    }

    /** Reads both files, with the default id column and no household rule. */
    public static SelectionProblem read(Path quotasFile, Path peopleFile, int panelSize) {
        return readPeople(peopleFile, readQuotas(quotasFile), panelSize, DEFAULT_ID_COLUMN, List.of());
    }

    private static Map<String, Integer> featureColumns(CsvTable table, List<Quota> quotas) {
        Set<String> features = new LinkedHashSet<>();
        quotas.forEach(quota -> features.add(quota.feature()));
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String feature : features) {
            int column = table.column(feature);
            if (column < 0) {
                missing.add(feature);
            }
            columns.put(feature, column);
        }
        if (!missing.isEmpty()) {
            throw new SortitionFormatException(table.file(), 1,
                    "no column for quota feature(s) %s (header: %s)".formatted(String.join(", ", missing),
                            String.join(",", table.header())));
        }
        return columns;
    }

    private static void requireUniqueQuotas(CsvTable table, List<Quota> quotas) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int q = 0; q < quotas.size(); q++) {
            String key = quotas.get(q).label().toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, table.rows().get(q).line());
            if (earlier != null) {
                throw new SortitionFormatException(table.file(), table.rows().get(q).line(),
                        "duplicate quota %s (first on line %d)".formatted(quotas.get(q).label(), earlier));
            }
        }
    }
}
