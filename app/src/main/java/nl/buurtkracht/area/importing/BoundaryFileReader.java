// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.AreaCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of boundaries keyed by code: CBS's {@code gemeenteCode}, PDOK's
 * {@code gemeentecode}/{@code wijkcode}/{@code buurtcode} (any case), or {@code statcode}. A feature with
 * more than one code is about its most detailed area (a PDOK buurt also names its wijk and gemeente).
 * Streams the file so that every feature's line is known for errors.
 */
final class BoundaryFileReader {

	private static final List<String> CODE_PROPERTIES = List.of("buurtcode", "wijkcode", "gemeentecode", "statcode");

	/** PDOK's pseudo-gemeente for addresses abroad: no area, no figures. */
	private static final String ABROAD = "GM0998";

	private final Problems problems = new Problems();

	private final List<BoundaryFeature> features = new ArrayList<>();

	private final Map<AreaCode, Integer> numbers = new HashMap<>();

	private int skipped;

	static BoundaryFile read(JsonMapper json, byte[] content) {
		if (content.length == 0) {
			throw Problems.single(null, null, "Het bestand is leeg.");
		}
		BoundaryFileReader reader = new BoundaryFileReader();
		try (JsonParser parser = json.createParser(content)) {
			reader.collection(parser);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			throw Problems.single(location == null ? null : location.getLineNr(), null,
					"dit is geen geldige JSON" + (location == null ? "" : " (kolom " + location.getColumnNr() + ")")
							+ ". Is het bestand afgebroken?");
		}
		reader.problems.throwIfAny();
		return new BoundaryFile(List.copyOf(reader.features), reader.skipped);
	}

	private void collection(JsonParser parser) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw Problems.single(1, null, "dit is geen GeoJSON: het bestand begint niet met een object.");
		}
		String type = "";
		boolean hasFeatures = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals("type") && value == JsonToken.VALUE_STRING) {
				type = parser.getString();
			}
			else if (name.equals("features") && value == JsonToken.START_ARRAY) {
				hasFeatures = true;
				features(parser);
			}
			else {
				parser.skipChildren();
			}
		}
		if (!type.equals("FeatureCollection") || !hasFeatures) {
			throw Problems.single(null, "type", "Dit is geen GeoJSON FeatureCollection met een lijst \"features\".");
		}
	}

	private void features(JsonParser parser) {
		int number = 0;
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			number++;
			int line = parser.currentTokenLocation().getLineNr();
			JsonNode feature = parser.readValueAsTree();
			if (!problems.isFull()) {
				feature(number, line, feature);
			}
		}
	}

	private void feature(int number, int line, JsonNode feature) {
		String field = "feature " + number;
		Optional<String> text = code(feature.path("properties"));
		if (text.isEmpty()) {
			problems.add(line, field, "feature " + number + " heeft geen code (eigenschap gemeentecode, wijkcode of buurtcode).");
			return;
		}
		if (text.get().equalsIgnoreCase(ABROAD)) {
			skipped++;
			return;
		}
		if (!AreaCode.isValid(text.get())) {
			problems.add(line, field, "feature " + number + " heeft de code \"" + text.get() + "\". Dat is geen geldige CBS-code.");
			return;
		}
		AreaCode code = AreaCode.of(text.get());
		Integer earlier = numbers.putIfAbsent(code, number);
		if (earlier != null) {
			problems.add(line, field, "feature " + number + " heeft dezelfde code " + code + " als feature " + earlier + ".");
			return;
		}
		try {
			features.add(new BoundaryFeature(number, line, code, GeoJsonGeometry.normalise(feature.path("geometry"))));
		}
		catch (GeoJsonGeometry.Invalid ex) {
			problems.add(line, field, "feature " + number + " (" + code + "): " + ex.getMessage());
		}
	}

	private static Optional<String> code(JsonNode properties) {
		Map<String, String> byName = new HashMap<>();
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			if (property.getValue().isString()) {
				byName.put(property.getKey().toLowerCase(Locale.ROOT), property.getValue().stringValue());
			}
		}
		return CODE_PROPERTIES.stream().map(byName::get).filter(value -> value != null && !value.isBlank()).findFirst();
	}

}
