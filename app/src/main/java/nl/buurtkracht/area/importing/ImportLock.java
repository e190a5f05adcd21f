// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One import at a time across all instances: a PostgreSQL advisory lock held until the transaction
 * ends. Without it two imports of the same year could each check the other's half-written rows.
 */
@Component
public class ImportLock {

	/** "AREA" in ASCII: a key no other module is likely to pick. */
	private static final long KEY = 0x41524541L;

	private final JdbcClient jdbc;

	ImportLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the lock; call inside the transaction that writes. */
	public void acquire() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", KEY).query((rs, row) -> 1).single();
	}

}
