// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

import nl.buurtkracht.area.importing.BoundaryImporter;
import nl.buurtkracht.area.importing.CbsImporter;
import nl.buurtkracht.area.importing.ImportLock;
import nl.buurtkracht.area.importing.ImportProgress;
import nl.buurtkracht.system.DemoDataOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo gemeente Demodorp on start-up when {@code buurtkracht.demo.enabled=true} (the default of a
 * plain run; the prod profile turns it off), unless it is there already. Instances that start together
 * wait for each other on the import lock, so the demo is loaded once.
 */
@Component
public class DemoMunicipality {

	private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

	private final CbsImporter figures;

	private final BoundaryImporter boundaries;

	private final ImportLock lock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoMunicipality(CbsImporter figures, BoundaryImporter boundaries, ImportLock lock, JdbcClient jdbc,
			PlatformTransactionManager transactions, @Value("${buurtkracht.demo.enabled:false}") boolean enabled) {
		this.figures = figures;
		this.boundaries = boundaries;
		this.lock = lock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoDataOrder.MUNICIPALITY)
	void loadOnStartup() {
		if (enabled && load()) {
			log.info("Loaded the demo gemeente {} ({})", Demodorp.NAME, Demodorp.CODE);
		}
	}

	/**
	 * Loads Demodorp with all its years and boundaries in one transaction, unless it is there already.
	 * @return whether this call loaded it
	 */
	public boolean load() {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			lock.acquire();
			if (isLoaded()) {
				return false;
			}
			for (int year : Demodorp.YEARS) {
				figures.importFile("demodorp-" + year + ".csv", Demodorp.figures(year), year, ImportProgress.NONE);
				boundaries.importFile("demodorp.geojson", Demodorp.boundaries(), year, ImportProgress.NONE);
			}
			return true;
		}));
	}

	private boolean isLoaded() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM area_region WHERE code = :code)")
			.param("code", Demodorp.CODE)
			.query(Boolean.class)
			.single();
	}

}
