// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.util.List;

import nl.buurtkracht.area.Boundary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Boundaries as GeoJSON features (RFC 7946, WGS84) with the area's code, name, level, year and page
 * address, so that a map can label each area and link to it.
 */
final class BoundaryCollection {

	static final String MEDIA_TYPE = "application/geo+json";

	private BoundaryCollection() {
	}

	static ObjectNode of(JsonMapper json, List<Boundary> boundaries) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		boundaries.forEach(boundary -> features.add(feature(json, boundary)));
		return collection;
	}

	static ObjectNode feature(JsonMapper json, Boundary boundary) {
		ObjectNode feature = json.createObjectNode().put("type", "Feature").put("id", boundary.code().value());
		feature.putObject("properties")
			.put("code", boundary.code().value())
			.put("name", boundary.name())
			.put("level", AreaResource.level(boundary.level()))
			.put("year", boundary.year())
			.put("href", AreaLinks.path(boundary.code()));
		feature.set("geometry", json.readTree(boundary.geometry()));
		return feature;
	}

}
