// SPDX-License-Identifier: EUPL-1.2
/**
 * Web security: login, API tokens, CSRF, security headers and method-level role checks.
 */
@NullMarked
package nl.buurtkracht.system.security;

import org.jspecify.annotations.NullMarked;
