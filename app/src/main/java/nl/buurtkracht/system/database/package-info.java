// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts an embedded PostgreSQL when no external database is configured.
 */
@NullMarked
package nl.buurtkracht.system.database;

import org.jspecify.annotations.NullMarked;
