// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Inserts many rows with one statement: each column travels as a PostgreSQL array and {@code unnest} turns
 * them back into rows. Much faster than a batch of single inserts for the tens of thousands of scores of a
 * national year, and plain JDBC.
 */
final class ArrayColumns {

	private final String table;

	private final Map<String, String> types = new LinkedHashMap<>();

	private final Map<String, List<@Nullable Object>> values = new LinkedHashMap<>();

	private int rows;

	ArrayColumns(String table) {
		this.table = table;
	}

	/** Declares a column and its PostgreSQL element type ({@code text}, {@code int4}, {@code numeric}, ...). */
	ArrayColumns column(String name, String type) {
		types.put(name, type);
		values.put(name, new ArrayList<>());
		return this;
	}

	/** Adds a row; the values follow the order of the declared columns. */
	void add(@Nullable Object... row) {
		if (row.length != types.size()) {
			throw new IllegalArgumentException("expected " + types.size() + " values, got " + row.length);
		}
		int i = 0;
		for (List<@Nullable Object> column : values.values()) {
			column.add(row[i++]);
		}
		rows++;
	}

	int rows() {
		return rows;
	}

	void insert(JdbcClient jdbc) {
		if (rows == 0) {
			return;
		}
		String columns = String.join(", ", types.keySet());
		String arrays = types.entrySet()
			.stream()
			.map(column -> "CAST(:" + column.getKey() + " AS " + column.getValue() + "[])")
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec statement = jdbc
			.sql("INSERT INTO " + table + " (" + columns + ") SELECT * FROM unnest(" + arrays + ")");
		for (Map.Entry<String, String> column : types.entrySet()) {
			statement = statement.param(column.getKey(),
					new SqlArrayValue(column.getValue(), values.get(column.getKey()).toArray()));
		}
		statement.update();
	}

}
