// SPDX-License-Identifier: EUPL-1.2
/**
 * People and their roles: sign-up, login, password reset, API tokens, municipality scope, personal data.
 */
@ApplicationModule(displayName = "Accounts and roles")
@NullMarked
package nl.buurtkracht.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
