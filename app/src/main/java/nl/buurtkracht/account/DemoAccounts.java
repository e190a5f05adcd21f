// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.EnumSet;
import java.util.List;

import nl.buurtkracht.system.DemoDataOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, created on the first run with demo data switched on. An advisory lock
 * makes sure that instances starting together create them once.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.demo.enabled", havingValue = "true")
class DemoAccounts {

	static final String PASSWORD = "demo-wachtwoord";

	private static final long LOCK = 0x6275757274L;

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountManagement accounts;

	private final Accounts repository;

	private final JdbcClient jdbc;

	private final String municipality;

	DemoAccounts(AccountManagement accounts, Accounts repository, JdbcClient jdbc,
			@Value("${buurtkracht.demo.municipality}") String municipality) {
		this.accounts = accounts;
		this.repository = repository;
		this.jdbc = jdbc;
		this.municipality = municipality;
	}

	record Demo(String email, String name, Role role) {
	}

	static List<Demo> all() {
		return List.of(new Demo("bewoner@demo.buurtkracht.nl", "Bewoner Demo", Role.RESIDENT),
				new Demo("ambtenaar@demo.buurtkracht.nl", "Ambtenaar Demo", Role.OFFICIAL),
				new Demo("instelling@demo.buurtkracht.nl", "Instelling Demo", Role.INSTITUTION),
				new Demo("adviesraad@demo.buurtkracht.nl", "Adviesraad Demo", Role.COUNCIL),
				new Demo("beheerder@demo.buurtkracht.nl", "Beheerder Demo", Role.ADMIN));
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoDataOrder.ACCOUNTS)
	@Transactional
	public void createMissing() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
		int created = 0;
		for (Demo demo : all()) {
			if (repository.findByEmail(demo.email()).isEmpty()) {
				AccountId id = accounts.signUp(demo.email(), demo.name(), PASSWORD);
				if (demo.role() != Role.RESIDENT) {
					accounts.assignRoles(id, id, EnumSet.of(demo.role(), Role.RESIDENT),
							demo.role().isScopedToMunicipality() ? municipality : null);
				}
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo accounts (see README)", created);
		}
	}

}
