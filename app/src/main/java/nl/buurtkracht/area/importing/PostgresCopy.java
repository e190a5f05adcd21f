// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk loading with {@code COPY ... FROM STDIN} on the connection of the current transaction, so that
 * what it loads commits or rolls back with everything else. Much faster than batched inserts.
 */
@Component
class PostgresCopy {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	PostgresCopy(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Loads rows into an empty temporary table that lives until the transaction ends; a second import in
	 * the same transaction (the demo loads several files at once) finds it and empties it first.
	 */
	void intoTemporaryTable(String table, String columns, CopyText rows) {
		jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + table + " (" + columns + ") ON COMMIT DROP").update();
		jdbc.sql("TRUNCATE " + table).update();
		try (Stream stream = open("COPY " + table + " FROM STDIN")) {
			stream.write(rows);
			stream.finish();
		}
		// Autovacuum never analyses temporary tables; without statistics the planner joins them row by row.
		jdbc.sql("ANALYZE " + table).update();
	}

	/**
	 * Refreshes the planner's statistics after a bulk load. Autovacuum would do it within a minute, but
	 * until then PostgreSQL takes a freshly loaded table for empty and picks nested loops that turn an
	 * 18,000-row join into minutes.
	 */
	void analyse(String tables) {
		jdbc.sql("ANALYZE " + tables).update();
	}

	/** Starts a COPY; write chunks of {@link CopyText}, then {@link Stream#finish()}, in try-with-resources. */
	Stream open(String sql) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new Stream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), connection);
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new DataAccessResourceFailureException("Could not start " + sql, ex);
		}
	}

	final class Stream implements AutoCloseable {

		private final CopyIn copy;

		private final Connection connection;

		private Stream(CopyIn copy, Connection connection) {
			this.copy = copy;
			this.connection = connection;
		}

		void write(CopyText text) {
			byte[] bytes = text.drain().getBytes(StandardCharsets.UTF_8);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("COPY failed", ex);
			}
		}

		long finish() {
			try {
				return copy.endCopy();
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("COPY failed", ex);
			}
		}

		/** Cancels a COPY that did not finish, so that the transaction can roll back, and lets go of the connection. */
		@Override
		public void close() {
			try {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("Could not cancel COPY", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}

	}

}
