// SPDX-License-Identifier: EUPL-1.2
/**
 * The indicator catalogue: the indicators derived from CBS figures (defined here in code) and the local
 * indicators an administrator defines, with their units, directions, sources and reference years.
 */
@NullMarked
package nl.buurtkracht.monitor.indicator;

import org.jspecify.annotations.NullMarked;
