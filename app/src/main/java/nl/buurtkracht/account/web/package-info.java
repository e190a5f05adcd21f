// SPDX-License-Identifier: EUPL-1.2
/**
 * Pages for signing up, logging in, resetting a password, the profile and account administration.
 */
@NullMarked
package nl.buurtkracht.account.web;

import org.jspecify.annotations.NullMarked;
