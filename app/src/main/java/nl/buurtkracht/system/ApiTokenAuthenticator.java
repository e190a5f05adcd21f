// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token of an API client into an authentication. The module that owns the tokens
 * implements it; security only asks.
 */
public interface ApiTokenAuthenticator {

	Optional<Authentication> authenticate(String token);

}
