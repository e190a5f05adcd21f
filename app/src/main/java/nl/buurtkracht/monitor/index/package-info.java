// SPDX-License-Identifier: EUPL-1.2
/**
 * The stacking index ("stapeling van problemen") as a pure computation: percentiles per indicator, domain
 * scores, the composite and the stacking count. Plain Java without Spring, database or clock, so that the
 * same input always gives the same scores; {@link nl.buurtkracht.monitor.index.StackingIndex} is the entry point.
 */
@NullMarked
package nl.buurtkracht.monitor.index;

import org.jspecify.annotations.NullMarked;
