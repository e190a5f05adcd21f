// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.system.InputRejectedException;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobPolling;
import nl.buurtkracht.system.JobId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's imports: upload a CBS or GeoJSON file, follow its progress, read the result.
 * The file is checked at once; the import itself runs as a background job, so the admin may leave.
 */
@Controller
@RequestMapping("/beheer/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportPages {

	private final AreaCatalogue catalogue;

	private final MessageSource messages;

	ImportPages(AreaCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping
	String initImportForm(Model model) {
		return formPage(ImportForm.empty(), Map.of(), model);
	}

	@PostMapping
	String processImportForm(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable MultipartFile file, Authentication user, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		ImportForm form = new ImportForm(kind, year, file);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(form, errors, model);
		}
		try {
			JobId id = catalogue.startImport(form.importKind().orElseThrow(), form.fileName(), form.content(),
					form.parsedYear(), user.getName());
			redirect.addFlashAttribute("flash", messages.getMessage("area.imports.started", null, locale));
			return "redirect:/beheer/imports/" + id;
		}
		catch (InputRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fileErrors", ex.errors());
			return formPage(form, errors, model);
		}
	}

	@GetMapping("/{id}")
	String showImport(@PathVariable String id, Model model) {
		model.addAttribute("job", job(id));
		return "area/import";
	}

	/** The progress part of the import page, polled by htmx every second until the job has finished. */
	@GetMapping("/{id}/voortgang")
	String showProgress(@PathVariable String id, Model model, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		Job job = job(id);
		model.addAttribute("job", job);
		JobPolling.stopWhenFinished(job, htmx, response);
		return "area/import :: progress";
	}

	private String formPage(ImportForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("recent", catalogue.recentImports(10));
		return "area/imports";
	}

	private Job job(String id) {
		try {
			return catalogue.findImport(JobId.parse(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "not a job id", ex);
		}
	}

}
