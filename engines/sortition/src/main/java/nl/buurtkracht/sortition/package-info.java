// SPDX-License-Identifier: EUPL-1.2
/**
 * Sortition engine: fair, auditable selection of citizens' assembly panels.
 */
@NullMarked
package nl.buurtkracht.sortition;

import org.jspecify.annotations.NullMarked;
