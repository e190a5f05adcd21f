// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account use cases: signing up, choosing a home buurt, granting roles, exporting and deleting
 * one's own data.
 */
@Service
public class AccountManagement {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AccountAudit audit;

	private final List<PersonalDataContributor> contributors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AreaCatalogue areas;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, AccountAudit audit,
			List<PersonalDataContributor> contributors, ApplicationEventPublisher events, Clock clock,
			AreaCatalogue areas) {
		this.areas = areas;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.contributors = contributors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AccountId signUp(String email, String displayName, String password) {
		if (accounts.findByEmail(email).isPresent()) {
			throw new EmailAlreadyUsedException();
		}
		Account account = accounts.save(Account.signUp(email, displayName, passwords.encode(password), clock.instant()));
		audit.record(account.id(), account.id(), "signed-up", "");
		return account.id();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(AccountId id) {
		return accounts.findById(id.value());
	}

	/** The account with this e-mail address, in any case; other modules use it to find the demo accounts. */
	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return accounts.findByEmail(email);
	}

	@Transactional(readOnly = true)
	public Page<Account> search(String text, int page, int size) {
		String search = text.strip();
		return new Page<>(accounts.search(search, size, (long) page * size), page, size, accounts.countSearch(search));
	}

	@Transactional
	/**
	 * Records the buurt a resident says they live in. Only an existing buurt is accepted; proof of
	 * residence (letter code, spreekuur) is a separate step of the buurtbudget.
	 * @throws IllegalArgumentException when the code is not a known buurt
	 */
	public void chooseHomeNeighbourhood(AccountId id, AreaCode neighbourhood) {
		boolean known = areas.find(neighbourhood, null).filter(area -> area.level() == AreaLevel.NEIGHBOURHOOD).isPresent();
		if (!known) {
			throw new IllegalArgumentException("Unknown buurt " + neighbourhood);
		}
		Account account = load(id);
		account.chooseHomeNeighbourhood(neighbourhood.value());
		accounts.save(account);
		audit.record(id, id, "home-neighbourhood-chosen", neighbourhood.value());
	}

	@Transactional
	public void rename(AccountId id, String displayName) {
		Account account = load(id);
		account.rename(displayName);
		accounts.save(account);
	}

	@Transactional
	public void assignRoles(AccountId admin, AccountId subject, Set<Role> roles, @Nullable String municipality) {
		Account account = load(subject);
		account.assignRoles(roles, municipality);
		accounts.save(account);
		audit.record(admin, subject, "roles-assigned", roles + (municipality == null ? "" : " " + municipality));
	}

	@Transactional
	public void setEnabled(AccountId admin, AccountId subject, boolean enabled) {
		Account account = load(subject);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		accounts.save(account);
		audit.record(admin, subject, enabled ? "enabled" : "disabled", "");
	}

	/** Everything kept about a person, for the GDPR download. */
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(AccountId id) {
		Account account = load(id);
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> own = new LinkedHashMap<>();
		own.put("id", account.id().toString());
		own.put("email", account.email());
		own.put("displayName", account.displayName());
		own.put("roles", account.roles());
		own.put("municipalityCode", account.municipalityCode());
		own.put("homeNeighbourhoodCode", account.homeNeighbourhoodCode());
		own.put("createdAt", account.createdAt().toString());
		own.put("auditTrail", audit.about(id));
		data.put("account", own);
		contributors.forEach(contributor -> data.put(contributor.section(), contributor.personalData(id)));
		return data;
	}

	/**
	 * Deletes the account after checking the password; other modules hear {@link AccountDeleted} and
	 * remove or anonymise what they hold.
	 * @return false when the password is wrong
	 */
	@Transactional
	public boolean delete(AccountId id, String password) {
		Account account = load(id);
		if (!passwords.matches(password, account.passwordHash())) {
			return false;
		}
		accounts.delete(account);
		audit.record(null, id, "deleted", "");
		events.publishEvent(new AccountDeleted(id));
		return true;
	}

	private Account load(AccountId id) {
		return accounts.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
	}

}
