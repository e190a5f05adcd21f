// SPDX-License-Identifier: EUPL-1.2
/**
 * The fictional demo gemeente Demodorp, generated in code and loaded through the ordinary importers.
 */
@NullMarked
package nl.buurtkracht.area.demo;

import org.jspecify.annotations.NullMarked;
