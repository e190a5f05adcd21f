// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import tools.jackson.databind.JsonNode;

/**
 * Checks a GeoJSON Polygon or MultiPolygon and writes it compactly with coordinates rounded to six
 * decimals. Longitude and latitude must be WGS84: {@code gemeenten.geojson} claims EPSG:4289 in its
 * {@code crs} member but holds WGS84 values, so the numbers decide, not the member. Coordinates in RD New
 * (EPSG:28992, metres) are refused with a hint.
 */
final class GeoJsonGeometry {

	/** Why a geometry was refused, in words for the uploader. */
	static final class Invalid extends Exception {

		Invalid(String message) {
			super(message, null, false, false);
		}

	}

	private final StringBuilder json = new StringBuilder();

	private GeoJsonGeometry() {
	}

	static String normalise(JsonNode geometry) throws Invalid {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		GeoJsonGeometry writer = new GeoJsonGeometry();
		writer.json.append("{\"type\":\"").append(type).append("\",\"coordinates\":");
		switch (type) {
			case "Polygon" -> writer.polygon(coordinates);
			case "MultiPolygon" -> writer.array(coordinates, 1, "een MultiPolygon zonder polygonen", writer::polygon);
			default -> throw new Invalid("de geometrie is geen Polygon of MultiPolygon maar \""
					+ (type.isEmpty() ? "leeg" : type) + "\".");
		}
		return writer.json.append('}').toString();
	}

	private interface Part {

		void write(JsonNode node) throws Invalid;

	}

	private void polygon(JsonNode rings) throws Invalid {
		array(rings, 1, "een polygoon zonder ringen", this::ring);
	}

	private void ring(JsonNode positions) throws Invalid {
		array(positions, 4, "een ring met minder dan 4 punten", this::position);
	}

	private void array(JsonNode node, int minimum, String tooShort, Part part) throws Invalid {
		if (!node.isArray()) {
			throw new Invalid("de coördinaten van de geometrie kloppen niet.");
		}
		if (node.size() < minimum) {
			throw new Invalid("de geometrie heeft " + tooShort + ".");
		}
		json.append('[');
		for (int i = 0; i < node.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			part.write(node.get(i));
		}
		json.append(']');
	}

	private void position(JsonNode position) throws Invalid {
		if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
			throw new Invalid("een punt van de geometrie is geen paar getallen.");
		}
		double longitude = position.get(0).doubleValue();
		double latitude = position.get(1).doubleValue();
		if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
			throw new Invalid("de coördinaten (" + longitude + ", " + latitude + ") zijn geen lengte- en breedtegraden. "
					+ "Lever de grenzen aan in WGS84 (EPSG:4326), niet in RD New (EPSG:28992).");
		}
		json.append('[').append(rounded(longitude)).append(',').append(rounded(latitude)).append(']');
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
