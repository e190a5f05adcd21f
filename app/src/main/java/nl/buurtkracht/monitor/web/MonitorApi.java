// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.Boundary;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.IndexRow;
import nl.buurtkracht.monitor.view.IndexStatement;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import nl.buurtkracht.monitor.view.TableSort;
import nl.buurtkracht.system.InputError;
import nl.buurtkracht.system.InputRejectedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitor's public read API: the indicators of an area, the stacking index of a gemeente's wijken or
 * buurten, their map layer and the indicator catalogue. Aggregate figures only, open data (CBS CC BY 4.0);
 * field notes are never in the API. Errors are {@code application/problem+json}.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Monitor", description = "Wijkmonitor: indicators per area and year and the stacking index (stapeling van problemen)")
class MonitorApi {

	static final String GEO_JSON = "application/geo+json";

	private final NeighbourhoodMonitor monitor;

	private final JsonMapper json;

	MonitorApi(NeighbourhoodMonitor monitor, JsonMapper json) {
		this.monitor = monitor;
		this.json = json;
	}

	@GetMapping("/api/v1/areas/{code}/indicators")
	@Operation(summary = "Every indicator of a gemeente, wijk or buurt in a year, with its index",
			description = "Values that CBS suppressed or nobody delivered are null with available=false, never 0. "
					+ "Scores run from 0 to 100; higher is more vulnerable.")
	@ApiResponse(responseCode = "404", description = "The monitor has no area with this code (in this year)")
	@ApiResponse(responseCode = "400", description = "The year is not a year")
	ApiResources.AreaIndicators listIndicators(@PathVariable String code,
			@Parameter(description = "Default: the newest year the monitor has the area") @RequestParam(required = false) @Nullable String year) {
		Integer chosen = year(year);
		AreaCode areaCode = AreaCode.parse(code).orElseThrow(() -> notFound("Er is geen gebied met code " + code + "."));
		AreaReport report = monitor.area(areaCode, chosen)
			.orElseThrow(() -> notFound("De wijkmonitor heeft geen cijfers van " + code + (chosen == null ? "" : " in " + chosen) + "."));
		return ApiResources.AreaIndicators.of(report);
	}

	@GetMapping("/api/v1/monitor/{gemeenteCode}/index")
	@Operation(summary = "The stacking index of the wijken or buurten of a gemeente in a year",
			description = "Every area of the level with its composite, class, rank, stacking count and domain scores, "
					+ "and the configuration (indicators, weights) and missing values the index was computed with.")
	@ApiResponse(responseCode = "404", description = "Unknown gemeente, or no index for that year")
	@ApiResponse(responseCode = "400", description = "The year or level is not valid")
	ApiResources.MunicipalityIndex showIndex(@PathVariable String gemeenteCode,
			@Parameter(description = "Default: the newest year") @RequestParam(required = false) @Nullable String year,
			@Parameter(description = "neighbourhood (default) or district") @RequestParam(required = false) @Nullable String level) {
		MunicipalityReport report = report(gemeenteCode, year(year), level(level));
		IndexStatement statement = report.statement();
		if (statement == null) {
			throw notFound("Voor " + report.year() + " is nog geen index berekend.");
		}
		List<IndexRow> rows = monitor.table(report.municipality().code(), report.year(), report.level(), TableSort.INDEX, true);
		return new ApiResources.MunicipalityIndex(
				new ApiResources.AreaReference(report.municipality().code().value(), report.municipality().name()),
				report.year(), ApiResources.level(report.level()), ApiResources.Configuration.of(statement),
				new ApiResources.Reference(statement.referenceAreas(), statement.referenceMunicipalities(),
						statement.withComposite()),
				rows.stream().map(ApiResources.AreaIndex::of).toList(), ApiResources.ATTRIBUTION);
	}

	@GetMapping(value = "/api/v1/monitor/{gemeenteCode}/map", produces = GEO_JSON)
	@Operation(summary = "The wijken or buurten of a gemeente as GeoJSON (WGS84) with their index class",
			description = "Areas without an imported boundary are left out; the collection may be empty.")
	ObjectNode showMap(@PathVariable String gemeenteCode, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String level) {
		MunicipalityReport report = report(gemeenteCode, year(year), level(level));
		java.util.Map<AreaCode, IndexRow> rows = new java.util.HashMap<>();
		monitor.table(report.municipality().code(), report.year(), report.level(), TableSort.INDEX, true)
			.forEach(row -> rows.put(row.code(), row));
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (Boundary boundary : monitor.boundaries(report.municipality().code(), report.year(), report.level())) {
			IndexRow row = rows.get(boundary.code());
			ObjectNode feature = features.addObject().put("type", "Feature").put("id", boundary.code().value());
			ObjectNode properties = feature.putObject("properties")
				.put("code", boundary.code().value())
				.put("name", boundary.name())
				.put("href", "/wijkmonitor/gebied/" + boundary.code().value() + "?jaar=" + report.year());
			if (row != null && row.compositeClass() != null) {
				properties.put("class", row.compositeClass())
					.put("composite", row.composite())
					.put("stackingCount", row.stackingCount());
			}
			feature.set("geometry", json.readTree(boundary.geometry()));
		}
		return collection;
	}

	@GetMapping("/api/v1/monitor/indicators")
	@Operation(summary = "The indicator catalogue: CBS indicators and the gemeente's local ones")
	List<ApiResources.CatalogueEntry> listCatalogue() {
		return monitor.indicators().stream().map(ApiResources.CatalogueEntry::of).toList();
	}

	private MunicipalityReport report(String code, @Nullable Integer year, AreaLevel level) {
		AreaCode municipality = AreaCode.parse(code)
			.filter(parsed -> parsed.level() == AreaLevel.MUNICIPALITY)
			.orElseThrow(() -> notFound("\"" + code + "\" is geen gemeentecode van de wijkmonitor."));
		return monitor.municipality(municipality, year, level, TableSort.INDEX, true, 0, 1)
			.orElseThrow(() -> notFound("De wijkmonitor heeft geen cijfers van " + code + (year == null ? "" : " in " + year) + "."));
	}

	private static @Nullable Integer year(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("(19|2[01])\\d{2}")) {
			throw new InputRejectedException(new InputError(null, "year",
					"Het jaar \"" + text + "\" klopt niet. Gebruik vier cijfers, zoals 2019."));
		}
		return Integer.valueOf(text.strip());
	}

	private static AreaLevel level(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return AreaLevel.NEIGHBOURHOOD;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "neighbourhood", "buurt", "buurten" -> AreaLevel.NEIGHBOURHOOD;
			case "district", "wijk", "wijken" -> AreaLevel.DISTRICT;
			default -> throw new InputRejectedException(new InputError(null, "level",
					"Het niveau \"" + text + "\" bestaat niet. Kies neighbourhood (buurten) of district (wijken)."));
		};
	}

	private static ResponseStatusException notFound(String detail) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
	}

}
