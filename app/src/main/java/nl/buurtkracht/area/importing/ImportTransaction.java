// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.function.Supplier;

import nl.buurtkracht.area.ImportSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import's final checks and all its writes in one transaction that holds the import lock, so
 * that a failure anywhere leaves nothing behind. Inside a caller's transaction (the demo loads several
 * files at once) it joins that one, and the caller gets all or nothing as a whole.
 */
@Component
class ImportTransaction {

	private final TransactionTemplate transaction;

	private final ImportLock lock;

	ImportTransaction(PlatformTransactionManager transactions, ImportLock lock) {
		this.transaction = new TransactionTemplate(transactions);
		this.lock = lock;
	}

	ImportSummary run(Supplier<ImportSummary> work) {
		ImportSummary summary = transaction.execute(status -> {
			lock.acquire();
			return work.get();
		});
		if (summary == null) {
			throw new IllegalStateException("import transaction returned nothing");
		}
		return summary;
	}

}
