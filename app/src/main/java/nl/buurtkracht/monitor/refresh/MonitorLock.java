// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One writer at a time: jobs that rewrite the read model take this transaction-scoped advisory lock first,
 * so that two imports arriving together (on one instance or several) are applied one after the other.
 */
@Component
public class MonitorLock {

	private static final long KEY = 0x6d6f6e69746f72L;

	private final JdbcClient jdbc;

	MonitorLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the lock; it is released when the current transaction ends. */
	public void acquire() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", KEY).query(Object.class).single();
	}

}
