// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import nl.buurtkracht.area.AreaCode;

/**
 * A checked feature of a boundary file.
 *
 * @param number the feature's number in the file (1-based), as errors name it
 * @param line the line the feature starts on
 * @param geometry compact GeoJSON geometry with coordinates rounded to 6 decimals (about 10 cm)
 */
record BoundaryFeature(int number, int line, AreaCode code, String geometry) {

	String field() {
		return "feature " + number;
	}

}
