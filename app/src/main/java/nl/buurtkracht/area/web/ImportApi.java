// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports through the API: upload a file, get {@code 202 Accepted} and the job's address, poll it.
 * A file with problems is refused at once with {@code 400} and every problem's line and field.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Imports", description = "CBS key figures and boundaries, imported all or nothing as background jobs (administrators only)")
class ImportApi {

	private final AreaCatalogue catalogue;

	private final MessageSource messages;

	ImportApi(AreaCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start an import", description = "Checks the file at once and queues its import.")
	@ApiResponse(responseCode = "202", description = "Queued; poll the Location")
	@ApiResponse(responseCode = "400", description = "The file or a parameter has problems; nothing was queued")
	ResponseEntity<ImportResource> startImport(
			@Parameter(description = "cbs-kwb (StatLine CSV) or geojson (boundaries keyed by code)") @RequestParam(
					required = false) @Nullable String kind,
			@Parameter(description = "The year the file is about; read from the file when left out") @RequestParam(
					required = false) @Nullable String year,
			@RequestPart(required = false) @Nullable MultipartFile file, Authentication user, Locale locale) {
		ImportForm form = new ImportForm(kind, year, file);
		ImportKind importKind = form.importKind()
			.orElseThrow(() -> ApiParameters.rejected("kind", "Kies kind=cbs-kwb of kind=geojson."));
		Integer parsedYear = ApiParameters.year(year);
		if (file == null || file.isEmpty()) {
			throw ApiParameters.rejected("file", "Stuur het bestand mee als deel \"file\".");
		}
		JobId id = catalogue.startImport(importKind, form.fileName(), form.content(), parsedYear, user.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(ImportResource.of(job(id), messages, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's state, progress, counts per level and errors")
	@ApiResponse(responseCode = "404", description = "No import with this id")
	ImportResource showImport(@PathVariable String id, Locale locale) {
		return ImportResource.of(job(jobId(id)), messages, locale);
	}

	private static JobId jobId(String id) {
		try {
			return JobId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Er is geen import met id " + id + ".", ex);
		}
	}

	private Job job(JobId id) {
		return catalogue.findImport(id).orElseThrow(() -> notFound(id.toString()));
	}

	private static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Er is geen import met id " + id + ".");
	}

}
