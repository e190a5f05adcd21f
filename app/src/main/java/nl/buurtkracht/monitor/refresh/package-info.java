// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps the monitor's read model up to date: copies areas from the area module, derives the CBS indicators,
 * recomputes the stacking index, each as a background job that writes everything in one transaction.
 */
@NullMarked
package nl.buurtkracht.monitor.refresh;

import org.jspecify.annotations.NullMarked;
