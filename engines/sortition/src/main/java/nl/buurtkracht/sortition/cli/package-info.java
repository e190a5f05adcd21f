// SPDX-License-Identifier: EUPL-1.2
/**
 * The command line of the sortition engine: {@code select} draws a panel, {@code bench} times the
 * algorithms on the public instances.
 */
@NullMarked
package nl.buurtkracht.sortition.cli;

import org.jspecify.annotations.NullMarked;
