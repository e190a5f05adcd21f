// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail: a single-use link that expires after an hour. Whether an address is known
 * is never revealed to the person asking.
 */
@Service
public class PasswordResets {

	static final Duration VALID_FOR = Duration.ofHours(1);

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccountMail mail;

	private final AccountAudit audit;

	private final Clock clock;

	PasswordResets(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords, AccountMail mail,
			AccountAudit audit, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void request(String email, Locale locale) {
		accounts.findByEmail(email).filter(Account::isEnabled).ifPresent(account -> {
			SecretToken token = SecretToken.generate("");
			jdbc.sql("INSERT INTO account_password_reset (token_hash, account_id, expires_at) VALUES (:h, :a, :e)")
				.param("h", token.hash())
				.param("a", account.id().value())
				.param("e", Timestamp.from(clock.instant().plus(VALID_FOR)))
				.update();
			audit.record(null, account.id(), "password-reset-requested", "");
			mail.sendPasswordReset(account.email(), account.displayName(), token, locale);
		});
	}

	/** Whether the link is still good, so the page can say so before the person types a new password. */
	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return findUsable(token).isPresent();
	}

	/**
	 * Sets a new password and uses up the token (and every other open token of that account).
	 * @return false when the token is unknown, used or expired
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Optional<UUID> accountId = findUsable(token);
		if (accountId.isEmpty()) {
			return false;
		}
		Account account = accounts.findById(accountId.get()).orElseThrow();
		account.changePassword(passwords.encode(newPassword));
		accounts.save(account);
		jdbc.sql("UPDATE account_password_reset SET used_at = :now WHERE account_id = :a AND used_at IS NULL")
			.param("now", Timestamp.from(clock.instant()))
			.param("a", accountId.get())
			.update();
		audit.record(account.id(), account.id(), "password-reset", "");
		return true;
	}

	private Optional<UUID> findUsable(String token) {
		return jdbc.sql("""
				SELECT account_id FROM account_password_reset
				WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now""")
			.param("h", SecretToken.hash(token))
			.param("now", Timestamp.from(Instant.now(clock)))
			.query(UUID.class)
			.optional();
	}

}
