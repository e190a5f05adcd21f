// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public read API of gemeenten, wijken and buurten: an area with its key figures, lists of areas,
 * all figures of an area, and boundaries as GeoJSON. Every answer is about one year; by default the
 * newest year in which the code exists.
 */
@RestController
@RequestMapping("/api/v1/areas")
@PreAuthorize("permitAll()")
@Tag(name = "Areas", description = "Gemeenten, wijken and buurten with CBS figures (Bron: CBS) and boundaries (CBS, Kadaster)")
class AreaApi {

	private final AreaCatalogue catalogue;

	private final JsonMapper json;

	AreaApi(AreaCatalogue catalogue, JsonMapper json) {
		this.catalogue = catalogue;
		this.json = json;
	}

	@GetMapping("/{code}")
	@Operation(summary = "An area with inhabitants, men, women and age groups")
	@ApiResponse(responseCode = "404", description = "No area with this code (in this year)")
	AreaResource showArea(@PathVariable String code, @Parameter(description = "Default: the newest year of the code")
	@RequestParam(required = false) @Nullable String year) {
		Area area = area(code, year);
		return AreaResource.of(area, catalogue.years(area.code()), catalogue.keyFigures(area.code(), area.year()));
	}

	@GetMapping
	@Operation(summary = "Areas, a page at a time",
			description = "The areas inside `parent`, the areas whose name contains `q`, or else every gemeente.")
	AreaListResource listAreas(@RequestParam(required = false) @Nullable String parent,
			@Parameter(description = "With parent: the year; default the parent's newest") @RequestParam(
					required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String q,
			@Parameter(description = "From 1") @RequestParam(defaultValue = "1") String page,
			@Parameter(description = "1 to " + Paging.MAX_SIZE) @RequestParam(defaultValue = "50") String size) {
		Paging paging = ApiParameters.paging(page, size);
		if (parent != null) {
			AreaCode parentCode = ApiParameters.code("parent", parent);
			return AreaListResource.of(catalogue.children(find(parentCode, ApiParameters.year(year)), paging));
		}
		if (q != null && !q.isBlank()) {
			return AreaListResource.of(catalogue.search(q, paging));
		}
		return AreaListResource.of(catalogue.municipalities(paging));
	}

	@GetMapping("/{code}/figures")
	@Operation(summary = "Every figure of an area in a year, by normalised CBS label; suppressed values are left out")
	FiguresResource showFigures(@PathVariable String code, @RequestParam(required = false) @Nullable String year) {
		Area area = area(code, year);
		return FiguresResource.of(catalogue.figures(area.code(), area.year()));
	}

	@GetMapping(value = "/{code}/boundary", produces = BoundaryCollection.MEDIA_TYPE)
	@Operation(summary = "The area's own boundary as a GeoJSON Feature (WGS84)")
	@ApiResponse(responseCode = "404", description = "No such area, or no boundary imported for it")
	ObjectNode showBoundary(@PathVariable String code, @RequestParam(required = false) @Nullable String year) {
		Area area = area(code, year);
		return catalogue.boundary(area.code(), area.year())
			.map(boundary -> BoundaryCollection.feature(json, boundary))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Voor " + area.code() + " zijn in " + area.year() + " geen grenzen geïmporteerd."));
	}

	@GetMapping(value = "/{code}/boundaries", produces = BoundaryCollection.MEDIA_TYPE)
	@Operation(summary = "The boundaries of the areas inside this one as a GeoJSON FeatureCollection (WGS84)",
			description = "Areas without an imported boundary are left out; the collection may be empty.")
	ObjectNode listBoundaries(@PathVariable String code, @RequestParam(required = false) @Nullable String year) {
		Area area = area(code, year);
		return BoundaryCollection.of(json, catalogue.childBoundaries(area.code(), area.year()));
	}

	/** An area by its path code; a code that cannot exist is as unknown as one that does not. */
	private Area area(String code, @Nullable String year) {
		Integer chosen = ApiParameters.year(year);
		return find(AreaCode.parse(code).orElseThrow(() -> notFound(code, chosen)), chosen);
	}

	private Area find(AreaCode code, @Nullable Integer year) {
		return catalogue.find(code, year).orElseThrow(() -> notFound(code.value(), year));
	}

	private static ResponseStatusException notFound(String code, @Nullable Integer year) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Er is geen gebied met code " + code + (year == null ? "" : " in " + year) + ".");
	}

}
