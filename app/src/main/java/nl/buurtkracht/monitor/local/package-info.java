// SPDX-License-Identifier: EUPL-1.2
/**
 * Import of local indicator values ({@code code;indicator;year;value}) that CBS does not publish per buurt:
 * loneliness, problem debts, waiting lists. All or nothing, with an error per line.
 */
@NullMarked
package nl.buurtkracht.monitor.local;

import org.jspecify.annotations.NullMarked;
