// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account: how they log in, which roles they hold, for which gemeente they act and in
 * which buurt they live.
 */
@Table("account_user")
public class Account {

	@Id
	private final UUID id;

	@Version
	private @Nullable Long version;

	private final String email;

	private String displayName;

	private String passwordHash;

	private @Nullable String municipalityCode;

	private @Nullable String homeNeighbourhoodCode;

	private boolean enabled;

	private final Instant createdAt;

	@MappedCollection(idColumn = "account_user")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	Account(UUID id, @Nullable Long version, String email, String displayName, String passwordHash,
			@Nullable String municipalityCode, @Nullable String homeNeighbourhoodCode, boolean enabled,
			Instant createdAt, Set<RoleGrant> roles) {
		this.id = id;
		this.version = version;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.municipalityCode = municipalityCode;
		this.homeNeighbourhoodCode = homeNeighbourhoodCode;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
	}

	/** A new resident account; other roles are granted by an administrator. */
	static Account signUp(String email, String displayName, String passwordHash, Instant now) {
		return new Account(UUID.randomUUID(), null, normalise(email), displayName.strip(), passwordHash, null, null,
				true, now, Set.of(new RoleGrant(Role.RESIDENT)));
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Replaces the roles. Officials and council members need the gemeente they act for; without such a
	 * role the scope is cleared so that a former official keeps no rights.
	 */
	void assignRoles(Set<Role> newRoles, @Nullable String municipality) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		boolean scoped = newRoles.stream().anyMatch(Role::isScopedToMunicipality);
		if (scoped && (municipality == null || municipality.isBlank())) {
			throw new IllegalArgumentException("Officials and council members need a gemeente");
		}
		this.roles = newRoles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
		this.municipalityCode = scoped ? municipality : null;
	}

	void chooseHomeNeighbourhood(String neighbourhoodCode) {
		this.homeNeighbourhoodCode = neighbourhoodCode;
	}

	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	void rename(String newDisplayName) {
		this.displayName = newDisplayName.strip();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public AccountId id() {
		return new AccountId(id);
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public @Nullable String municipalityCode() {
		return municipalityCode;
	}

	public @Nullable String homeNeighbourhoodCode() {
		return homeNeighbourhoodCode;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		roles.forEach(grant -> result.add(grant.role()));
		return result;
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

}
