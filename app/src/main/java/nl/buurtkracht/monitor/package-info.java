// SPDX-License-Identifier: EUPL-1.2
/**
 * The wijkmonitor: indicators per area and year, the stacking index ("stapeling van problemen"), maps, trends
 * and the field notes behind the numbers. A read model that only listens to the area module; no other module
 * calls it. {@link nl.buurtkracht.monitor.NeighbourhoodMonitor} is the entry point.
 */
@ApplicationModule(displayName = "Neighbourhood monitor", allowedDependencies = { "area", "account", "system" })
@NullMarked
package nl.buurtkracht.monitor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
