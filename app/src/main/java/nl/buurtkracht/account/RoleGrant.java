// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One role held by an account.
 */
@Table("account_role")
record RoleGrant(Role role) {
}
