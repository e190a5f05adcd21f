// SPDX-License-Identifier: EUPL-1.2
/**
 * Readers for the pool and quota files of the Sortition Foundation and of the Nature 2021 replication.
 */
@NullMarked
package nl.buurtkracht.sortition.csv;

import org.jspecify.annotations.NullMarked;
