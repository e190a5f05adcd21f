// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundaryFileReaderTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[4.1,52.1],[4.2,52.1],[4.2,52.2],[4.1,52.1]]]}";

	@Test
	void readsCodesUnderEveryKnownPropertyName() {
		BoundaryFile file = read(collection(feature("\"gemeenteCode\":\"GM9801\"", SQUARE),
				feature("\"gemeentecode\":\"GM9802\",\"water\":\"NEE\"", SQUARE), feature("\"wijkCode\":\"WK980100\"", SQUARE),
				feature("\"buurtcode\":\"BU98010000\",\"wijkcode\":\"WK980100\",\"gemeentecode\":\"GM9801\"", SQUARE)));

		assertThat(file.codes()).extracting(AreaCode::value).containsExactly("GM9801", "GM9802", "WK980100", "BU98010000");
	}

	@Test
	void skipsThePseudoGemeenteBuitenland() {
		BoundaryFile file = read(collection(feature("\"gemeentecode\":\"GM0998\"", SQUARE),
				feature("\"gemeentecode\":\"GM9801\"", SQUARE)));

		assertThat(file.codes()).containsExactly(AreaCode.of("GM9801"));
		assertThat(file.skipped()).isEqualTo(1);
	}

	@Test
	void roundsCoordinatesAndWritesCompactGeometry() {
		BoundaryFile file = read(collection(feature("\"gemeentecode\":\"GM9801\"",
				"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[4.12345678,52.1],[4.2,52.1],[4.2,52.2],[4.12345678,52.1]]]]}")));

		assertThat(file.features().get(0).geometry()).isEqualTo(
				"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[4.123457,52.1],[4.2,52.1],[4.2,52.2],[4.123457,52.1]]]]}");
	}

	@Test
	void namesTheFeatureAndLineOfEveryProblem() {
		String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature("\"naam\":\"zonder code\"", SQUARE) + ",\n"
				+ feature("\"gemeentecode\":\"GM98\"", SQUARE) + ",\n"
				+ feature("\"gemeentecode\":\"GM9801\"", "{\"type\":\"Point\",\"coordinates\":[4.1,52.1]}") + ",\n"
				+ feature("\"gemeentecode\":\"GM9802\"", SQUARE.replace("4.1,52.1", "121000,487000")) + ",\n"
				+ feature("\"gemeentecode\":\"GM9803\"", SQUARE) + ",\n" + feature("\"gemeentecode\":\"GM9803\"", SQUARE) + "\n]}";

		List<InputError> errors = errors(text);

		assertThat(errors).extracting(InputError::line).containsExactly(2, 3, 4, 5, 7);
		assertThat(errors).extracting(InputError::field)
			.containsExactly("feature 1", "feature 2", "feature 3", "feature 4", "feature 6");
		assertThat(errors.get(2).message()).contains("Point");
		assertThat(errors.get(3).message()).contains("RD New");
		assertThat(errors.get(4).message()).contains("feature 5");
	}

	@Test
	void namesTheLineWhereTheJsonBreaks() {
		String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature("\"gemeentecode\":\"GM9801\"", SQUARE)
				+ ",\n{\"type\":\"Feature\",\"propert";

		assertThat(errors(text)).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(3);
			assertThat(error.message()).contains("geen geldige JSON");
		});
	}

	@Test
	void refusesWhatIsNotAFeatureCollection() {
		assertThat(errors("{\"type\":\"Feature\",\"geometry\":" + SQUARE + "}")).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("FeatureCollection"));
		assertThat(errors("[1,2]")).singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(1));
		assertThatThrownBy(() -> BoundaryFileReader.read(json, new byte[0])).isInstanceOf(InputRejectedException.class);
	}

	private BoundaryFile read(String text) {
		return BoundaryFileReader.read(json, text.getBytes(StandardCharsets.UTF_8));
	}

	private List<InputError> errors(String text) {
		try {
			read(text);
		}
		catch (InputRejectedException ex) {
			return ex.errors();
		}
		throw new AssertionError("the file was accepted");
	}

	private static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4289\"}},"
				+ "\"features\":[" + String.join(",", features) + "]}";
	}

	private static String feature(String properties, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
	}

}
