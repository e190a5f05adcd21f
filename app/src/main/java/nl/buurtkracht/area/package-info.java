// SPDX-License-Identifier: EUPL-1.2
/**
 * Gemeenten, wijken and buurten with their CBS codes, figures per year and boundaries; the map of the
 * Netherlands the other modules hang on. {@link nl.buurtkracht.area.AreaCatalogue} is the entry point.
 */
@ApplicationModule(displayName = "Areas", allowedDependencies = "system")
@NullMarked
package nl.buurtkracht.area;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
