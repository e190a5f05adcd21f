// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.buurtkracht.sortition.Quota;
import nl.buurtkracht.sortition.SelectionProblem;

/**
 * The format of the Nature 2021 replication code (and Panelot): {@code categories.csv} with header
 * {@code category,feature,min,max}, and {@code respondents.csv} with one column per category and no id
 * column. A respondent's id is its 0-based row number ("0" for the first data row).
 */
public final class ReplicationFormat {

    private ReplicationFormat() {
    }

    /** Reads {@code categories.csv}. */
    public static List<Quota> readCategories(Path file) {
        CsvTable table = CsvTable.read(file);
        int category = table.requireColumn("category");
        int feature = table.requireColumn("feature");
        int min = table.requireColumn("min");
        int max = table.requireColumn("max");
        List<Quota> quotas = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            try {
                Quota quota = Quota.of(row.get(category), row.get(feature), table.integer(row, min, "min"),
                        table.integer(row, max, "max"));
                Integer earlier = seen.putIfAbsent(quota.label().toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "duplicate quota %s (first on line %d)".formatted(quota.label(), earlier));
                }
                quotas.add(quota);
            }
            catch (IllegalArgumentException ex) {
                throw new SortitionFormatException(table.file(), row.line(), ex.getMessage());
            }
        }
        return quotas;
    }

    /** Reads {@code respondents.csv} into a problem with these quotas. */
    public static SelectionProblem readRespondents(Path file, List<Quota> quotas, int panelSize) {
        CsvTable table = CsvTable.read(file);
        List<String> features = quotas.stream().map(Quota::feature).distinct().toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String feature : features) {
            columns.put(feature, table.requireColumn(feature));
        }
        SelectionProblem.Builder builder = SelectionProblem.builder(quotas);
        int index = 0;
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((feature, column) -> values.put(feature, row.get(column)));
            try {
                builder.respondent(Integer.toString(index++), values);
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

    /** Reads an instance from its two files. */
    public static SelectionProblem read(Path categories, Path respondents, int panelSize) {
        return readRespondents(respondents, readCategories(categories), panelSize);
    }
}
