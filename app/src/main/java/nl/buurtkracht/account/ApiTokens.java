// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.system.ApiTokenAuthenticator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients, created and revoked by administrators. A token acts with exactly one
 * role (and, for officials and council members, one gemeente); only its SHA-256 hash is stored.
 */
@Service
public class ApiTokens implements ApiTokenAuthenticator {

	static final String PREFIX = "bk_";

	private final JdbcClient jdbc;

	private final AccountAudit audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AccountAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token and returns its secret, which is shown once and never stored. */
	@Transactional
	public String create(AccountId admin, String name, Role role, @Nullable String municipalityCode) {
		if (role.isScopedToMunicipality() && (municipalityCode == null || municipalityCode.isBlank())) {
			throw new IllegalArgumentException("A token for officials or council members needs a gemeente");
		}
		SecretToken token = SecretToken.generate(PREFIX);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO account_api_token (id, name, token_hash, token_prefix, role, municipality_code, created_by, created_at)
				VALUES (:id, :name, :hash, :prefix, :role, :municipality, :by, :now)""")
			.param("id", id)
			.param("name", name.strip())
			.param("hash", token.hash())
			.param("prefix", token.plain().substring(0, PREFIX.length() + 6))
			.param("role", role.name())
			.param("municipality", role.isScopedToMunicipality() ? municipalityCode : null)
			.param("by", admin.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(admin, null, "api-token-created", id + " " + role);
		return token.plain();
	}

	@Transactional
	public void revoke(AccountId admin, UUID tokenId) {
		int revoked = jdbc.sql("UPDATE account_api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.update();
		if (revoked > 0) {
			audit.record(admin, null, "api-token-revoked", tokenId.toString());
		}
	}

	@Transactional(readOnly = true)
	public List<ApiToken> all() {
		return jdbc.sql("SELECT * FROM account_api_token ORDER BY revoked_at IS NOT NULL, created_at DESC")
			.query(ApiToken.class)
			.list();
	}

	@Override
	@Transactional
	public Optional<Authentication> authenticate(String token) {
		Optional<ApiToken> found = jdbc.sql("""
				UPDATE account_api_token SET last_used_at = :now
				WHERE token_hash = :hash AND revoked_at IS NULL RETURNING *""")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", SecretToken.hash(token))
			.query(ApiToken.class)
			.optional();
		return found.map(apiToken -> UsernamePasswordAuthenticationToken.authenticated(
				new ApiClient(apiToken.id(), apiToken.role(), apiToken.municipalityCode()), null,
				AccountPrincipal.authorities(apiToken.role())));
	}

	/**
	 * The principal of a request made with a token; its name is {@code token:<id>} so audit trails show
	 * which token acted.
	 */
	public record ApiClient(UUID tokenId, Role role, @Nullable String municipalityCode)
			implements java.security.Principal {

		@Override
		public String getName() {
			return "token:" + tokenId;
		}

	}

}
