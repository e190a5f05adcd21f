// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.LocalIndicatorDefinition;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.monitor.settings.AuditChange;
import nl.buurtkracht.monitor.settings.IndexSetup;
import nl.buurtkracht.monitor.settings.Membership;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's side of the monitor: the indicator catalogue, local indicators, the index set-up with
 * its audit trail, uploads of local values and the background jobs that recompute the index.
 */
@Controller
@RequestMapping("/beheer/wijkmonitor")
@PreAuthorize("hasRole('ADMIN')")
class MonitorAdminPages {

	static final int RECENT = 10;

	static final int AUDIT = 20;

	private final NeighbourhoodMonitor monitor;

	private final MessageSource messages;

	MonitorAdminPages(NeighbourhoodMonitor monitor, MessageSource messages) {
		this.monitor = monitor;
		this.messages = messages;
	}

	@GetMapping
	String showOverview(Model model) {
		model.addAttribute("indicators", monitor.indicators());
		model.addAttribute("setup", monitor.indexSetup());
		model.addAttribute("jobs", monitor.recentJobs(RECENT));
		model.addAttribute("audit", monitor.audit(AUDIT));
		return "monitor/admin";
	}

	@GetMapping("/indicatoren/nieuw")
	String initCreateForm(Model model) {
		return indicatorForm(LocalIndicatorForm.empty(), null, model);
	}

	@PostMapping("/indicatoren")
	String processCreateForm(@ModelAttribute("indicatorForm") LocalIndicatorForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<LocalIndicatorDefinition> definition = form.validate(result, null);
		if (definition.isPresent() && monitor.isIndicatorKeyTaken(definition.get().key())) {
			result.rejectValue("key", "monitor.admin.indicator.error.key-taken");
			definition = Optional.empty();
		}
		if (definition.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return indicatorForm(form, null, model);
		}
		monitor.defineIndicator(definition.get(), form.chosenDomain().orElse(null), actor(authentication));
		redirect.addFlashAttribute("flash", text("monitor.admin.indicator.created"));
		return "redirect:/beheer/wijkmonitor";
	}

	@GetMapping("/indicatoren/{key}")
	String initUpdateForm(@PathVariable String key, Model model) {
		LocalIndicatorDefinition definition = monitor.localIndicator(key).orElseThrow(MonitorPages::notFound);
		Domain domain = monitor.indexSetup().membership(key).map(Membership::domain).orElse(null);
		return indicatorForm(LocalIndicatorForm.of(definition, domain), key, model);
	}

	@PostMapping("/indicatoren/{key}")
	String processUpdateForm(@PathVariable String key, @ModelAttribute("indicatorForm") LocalIndicatorForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		monitor.localIndicator(key).orElseThrow(MonitorPages::notFound);
		Optional<LocalIndicatorDefinition> definition = form.validate(result, key);
		if (definition.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return indicatorForm(form, key, model);
		}
		monitor.changeIndicator(definition.get(), form.chosenDomain().orElse(null), actor(authentication));
		redirect.addFlashAttribute("flash", text("monitor.admin.indicator.updated"));
		return "redirect:/beheer/wijkmonitor";
	}

	@GetMapping("/index")
	String initIndexForm(Model model) {
		List<Indicator> indicators = monitor.indicators();
		return indexForm(IndexSetupForm.of(monitor.indexSetup(), indicators), indicators, model);
	}

	@PostMapping("/index")
	String processIndexForm(@RequestParam Map<String, String> parameters, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<Indicator> indicators = monitor.indicators();
		IndexSetupForm form = IndexSetupForm.submitted(parameters);
		IndexSetup setup = form.toSetup(indicators);
		if (setup == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return indexForm(form, indicators, model);
		}
		List<AuditChange> changes = monitor.configureIndex(setup, actor(authentication));
		redirect.addFlashAttribute("flash",
				text(changes.isEmpty() ? "monitor.admin.index.unchanged" : "monitor.admin.index.saved"));
		return "redirect:/beheer/wijkmonitor";
	}

	@PostMapping("/herberekenen")
	String processRecompute(Authentication authentication, RedirectAttributes redirect) {
		JobId id = monitor.recompute(actor(authentication));
		redirect.addFlashAttribute("flash", text("monitor.admin.recompute.started"));
		return "redirect:/beheer/wijkmonitor/taken/" + id;
	}

	@GetMapping("/import")
	String initImportForm(Model model) {
		model.addAttribute("locals", monitor.localIndicators());
		return "monitor/admin-import";
	}

	@PostMapping("/import")
	String processImportForm(@RequestParam(required = false) @Nullable MultipartFile file, Authentication authentication,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
		model.addAttribute("locals", monitor.localIndicators());
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fileMissing", true);
			return "monitor/admin-import";
		}
		try {
			String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
			JobId id = monitor.startLocalImport(name, file.getBytes(), actor(authentication));
			redirect.addFlashAttribute("flash", text("monitor.admin.import.started"));
			return "redirect:/beheer/wijkmonitor/taken/" + id;
		}
		catch (InputRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fileErrors", ex.errors());
			return "monitor/admin-import";
		}
	}

	@GetMapping("/taken/{id}")
	String showJob(@PathVariable String id, Model model) {
		model.addAttribute("job", job(id));
		return "monitor/admin-job";
	}

	/** The progress part of the job page, polled by htmx every second until the job has finished. */
	@GetMapping("/taken/{id}/voortgang")
	String showProgress(@PathVariable String id, Model model, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		Job job = job(id);
		model.addAttribute("job", job);
		JobPolling.stopWhenFinished(job, htmx, response);
		return "monitor/admin-job :: progress";
	}

	private String indicatorForm(LocalIndicatorForm form, @Nullable String key, Model model) {
		model.addAttribute("indicatorForm", form);
		model.addAttribute("key", key);
		model.addAttribute("units", Unit.values());
		model.addAttribute("directions", List.of(Direction.HIGHER_IS_WORSE, Direction.HIGHER_IS_BETTER));
		model.addAttribute("domains", Domain.values());
		return "monitor/admin-indicator";
	}

	private String indexForm(IndexSetupForm form, List<Indicator> indicators, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("indicators", indicators);
		model.addAttribute("domains", Domain.values());
		model.addAttribute("audit", monitor.audit(AUDIT));
		return "monitor/admin-index";
	}

	private Job job(String id) {
		try {
			return monitor.job(JobId.parse(id)).orElseThrow(MonitorPages::notFound);
		}
		catch (IllegalArgumentException ex) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND, "not a job id", ex);
		}
	}

	private static nl.buurtkracht.account.AccountId actor(Authentication authentication) {
		return ((AccountPrincipal) authentication.getPrincipal()).id();
	}

	private String text(String key) {
		return messages.getMessage(key, null, MonitorFormat.locale());
	}

}
