// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How every job that rewrites the read model runs: in one transaction, so that a failure leaves nothing
 * behind, and one writer at a time, behind a transaction-scoped advisory lock, so that two imports arriving
 * together (on one instance or several) are applied one after the other.
 */
@Component
public class MonitorWork {

	private static final long LOCK = 0x6d6f6e69746f72L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	MonitorWork(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Runs the work under the lock in one transaction; what it returns becomes the job's summary. */
	public Map<String, Object> inOneTransaction(Supplier<Map<String, Object>> work) {
		Map<String, Object> summary = transaction.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK).query(Object.class).single();
			return work.get();
		});
		return summary == null ? Map.of() : summary;
	}

}
