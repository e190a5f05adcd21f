// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security sees it. Its name is the account id, so that sessions,
 * logs and audit records never carry an e-mail address.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final AccountId id;

	private @Nullable String passwordHash;

	private final Set<Role> roles;

	private final @Nullable String municipalityCode;

	private final boolean enabled;

	AccountPrincipal(Account account) {
		this.id = account.id();
		this.passwordHash = account.passwordHash();
		this.roles = account.roles();
		this.municipalityCode = account.municipalityCode();
		this.enabled = account.isEnabled();
	}

	public AccountId id() {
		return id;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The gemeente an official or council member acts for. */
	public @Nullable String municipalityCode() {
		return municipalityCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return id.toString();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	static List<SimpleGrantedAuthority> authorities(Role role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

}
