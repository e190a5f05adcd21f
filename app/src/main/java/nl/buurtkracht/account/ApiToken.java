// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API client's token as the administrator sees it: never the secret, only its first characters.
 */
public record ApiToken(UUID id, String name, String tokenPrefix, Role role, @Nullable String municipalityCode,
		@Nullable UUID createdBy, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean isActive() {
		return revokedAt == null;
	}

}
