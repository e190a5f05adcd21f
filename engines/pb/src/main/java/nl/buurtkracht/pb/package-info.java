// SPDX-License-Identifier: EUPL-1.2
/**
 * Participatory-budgeting engine: reads Pabulib files and computes exact, explained outcomes.
 */
@NullMarked
package nl.buurtkracht.pb;

import org.jspecify.annotations.NullMarked;
