// SPDX-License-Identifier: EUPL-1.2
/**
 * Gatling load tests of the buurtbudget against a running application and its PostgreSQL.
 */
@NullMarked
package nl.buurtkracht.loadtest;

import org.jspecify.annotations.NullMarked;
