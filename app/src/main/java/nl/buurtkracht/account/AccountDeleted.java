// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

/**
 * A person deleted their account. Modules that keep personal data about them remove or anonymise it.
 */
public record AccountDeleted(AccountId account) {
}
