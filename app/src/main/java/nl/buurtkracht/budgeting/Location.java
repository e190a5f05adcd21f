// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import org.jspecify.annotations.Nullable;

/**
 * Where an idea would be carried out: a description ("het grasveld achter de school") and, optionally, a
 * point on the map in WGS84.
 */
public record Location(String description, @Nullable Double latitude, @Nullable Double longitude) {

	public static final Location NONE = new Location("", null, null);

	public Location {
		description = description.strip();
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("A point needs both latitude and longitude");
		}
		if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
			throw new IllegalArgumentException("Not a point on earth");
		}
	}

	public boolean hasPoint() {
		return latitude != null;
	}

}
