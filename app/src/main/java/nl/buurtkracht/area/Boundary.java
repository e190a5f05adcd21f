// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

/**
 * The outline of an area in a year.
 *
 * @param geometry a GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude, as JSON text
 */
public record Boundary(AreaCode code, int year, AreaLevel level, String name, String geometry) {
}
