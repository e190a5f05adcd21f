// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.account.Role;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.NoteDraft;
import nl.buurtkracht.monitor.NoteNotAllowedException;
import nl.buurtkracht.monitor.note.FieldNote;
import nl.buurtkracht.monitor.note.NoteFilter;
import nl.buurtkracht.monitor.note.NoteKind;
import nl.buurtkracht.monitor.note.NoteTheme;
import nl.buurtkracht.monitor.view.AreaEntry;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Field notes ("tellen en vertellen"): write one on an area, change or delete your own, and the overview of
 * a gemeente's notes by theme, area and period. Only council members and officials of that gemeente, and
 * administrators, get here; everyone else is refused (403, or sent to log in).
 */
@Controller
class FieldNotePages {

	static final int PAGE_SIZE = 20;

	private final NeighbourhoodMonitor monitor;

	private final MonitorAccess access;

	private final MessageSource messages;

	FieldNotePages(NeighbourhoodMonitor monitor, MonitorAccess access, MessageSource messages) {
		this.monitor = monitor;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/wijkmonitor/gebied/{code}/notities/nieuw")
	@PreAuthorize("@monitorAccess.mayUseNotes(authentication, #code)")
	String initCreateForm(@PathVariable String code, Model model) {
		AreaEntry area = area(code);
		return form(area, NoteForm.empty(monitor.today()), null, model);
	}

	@PostMapping("/wijkmonitor/gebied/{code}/notities")
	@PreAuthorize("@monitorAccess.mayUseNotes(authentication, #code)")
	String processCreateForm(@PathVariable String code, @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AreaEntry area = area(code);
		Optional<NoteDraft> draft = form.validate(result, monitor.today());
		if (draft.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(area, form, null, model);
		}
		AccountPrincipal author = (AccountPrincipal) authentication.getPrincipal();
		monitor.recordNote(area, draft.get(), author.id(), role(author));
		redirect.addFlashAttribute("flash", text("monitor.note.saved"));
		return "redirect:" + MonitorLinks.HOME + "/gebied/" + area.code().value() + "#notities";
	}

	@GetMapping("/wijkmonitor/notities/{id}/bewerken")
	@PreAuthorize("@monitorAccess.mayUseNote(authentication, #id)")
	String initUpdateForm(@PathVariable String id, Authentication authentication, Model model) {
		FieldNote note = ownNote(id, authentication);
		return form(area(note), NoteForm.of(note), note, model);
	}

	@PostMapping("/wijkmonitor/notities/{id}")
	@PreAuthorize("@monitorAccess.mayUseNote(authentication, #id)")
	String processUpdateForm(@PathVariable String id, @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FieldNote note = ownNote(id, authentication);
		Optional<NoteDraft> draft = form.validate(result, monitor.today());
		if (draft.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(area(note), form, note, model);
		}
		monitor.reviseNote(note, draft.get(), principal(authentication).id(), access.isAdministrator(authentication));
		redirect.addFlashAttribute("flash", text("monitor.note.updated"));
		return "redirect:" + MonitorLinks.HOME + "/gebied/" + note.area().value() + "#notities";
	}

	@GetMapping("/wijkmonitor/notities/{id}/verwijderen")
	@PreAuthorize("@monitorAccess.mayUseNote(authentication, #id)")
	String initDeleteForm(@PathVariable String id, Authentication authentication, Model model) {
		model.addAttribute("note", ownNote(id, authentication));
		return "monitor/note-delete";
	}

	@PostMapping("/wijkmonitor/notities/{id}/verwijderen")
	@PreAuthorize("@monitorAccess.mayUseNote(authentication, #id)")
	String processDeleteForm(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		FieldNote note = ownNote(id, authentication);
		monitor.deleteNote(note, principal(authentication).id(), access.isAdministrator(authentication));
		redirect.addFlashAttribute("flash", text("monitor.note.deleted"));
		return "redirect:" + MonitorLinks.HOME + "/gebied/" + note.area().value() + "#notities";
	}

	@GetMapping("/wijkmonitor/{code}/notities")
	@PreAuthorize("@monitorAccess.mayUseNotes(authentication, #code)")
	String listNotes(@PathVariable String code, @RequestParam(name = "thema", required = false) @Nullable String theme,
			@RequestParam(name = "gebied", required = false) @Nullable String area,
			@RequestParam(name = "van", required = false) @Nullable String from,
			@RequestParam(name = "tot", required = false) @Nullable String to,
			@RequestParam(name = "vervolg", required = false) @Nullable String followUp,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		AreaEntry municipality = municipality(code);
		List<String> filterErrors = new ArrayList<>();
		NoteFilter filter = filter(municipality, theme, area, from, to, followUp, filterErrors);
		Page<FieldNote> notes = monitor.notes(filter, Math.max(0, page - 1), PAGE_SIZE);
		model.addAttribute("municipality", municipality);
		model.addAttribute("filter", filter);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("filterErrors", filterErrors);
		model.addAttribute("notes", notes);
		model.addAttribute("themes", NoteTheme.values());
		model.addAttribute("districts", monitor.areas(municipality.code(), municipality.year(), AreaLevel.DISTRICT));
		model.addAttribute("neighbourhoods", monitor.areas(municipality.code(), municipality.year(), AreaLevel.NEIGHBOURHOOD));
		return "monitor/notes";
	}

	@GetMapping("/wijkmonitor/{code}/notities/export.csv")
	@PreAuthorize("@monitorAccess.mayUseNotes(authentication, #code)")
	ResponseEntity<byte[]> exportNotes(@PathVariable String code,
			@RequestParam(name = "thema", required = false) @Nullable String theme,
			@RequestParam(name = "gebied", required = false) @Nullable String area,
			@RequestParam(name = "van", required = false) @Nullable String from,
			@RequestParam(name = "tot", required = false) @Nullable String to,
			@RequestParam(name = "vervolg", required = false) @Nullable String followUp) {
		AreaEntry municipality = municipality(code);
		NoteFilter filter = filter(municipality, theme, area, from, to, followUp, new ArrayList<>());
		CsvFile csv = new CsvFile().row(List.of(text("monitor.csv.date"), text("monitor.csv.code"),
				text("monitor.csv.name"), text("monitor.notes.kind"), text("monitor.notes.themes"),
				text("monitor.notes.summary"), text("monitor.notes.follow-up"), text("monitor.notes.author")));
		int page = 0;
		Page<FieldNote> notes;
		do {
			notes = monitor.notes(filter, page++, Page.MAX_SIZE);
			for (FieldNote note : notes.items()) {
				csv.row(java.util.Arrays.asList(note.notedOn().toString(), note.area().value(), note.areaName(),
						text("monitor.note.kind." + note.kind().name()),
						String.join(", ", note.themes().stream().map(t -> text("monitor.note.theme." + t.name())).toList()),
						note.summary(), note.followUp(), text("monitor.note.author." + note.authorRole())));
			}
		}
		while (notes.hasNext());
		return csv.download("notities-" + municipality.code().value() + ".csv");
	}

	@ExceptionHandler(NoteNotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refuse(Model model) {
		model.addAttribute("kind", "403");
		return "error";
	}

	private String form(AreaEntry area, NoteForm form, @Nullable FieldNote note, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("noteForm", form);
		model.addAttribute("note", note);
		model.addAttribute("kinds", NoteKind.values());
		model.addAttribute("themes", NoteTheme.values());
		model.addAttribute("today", monitor.today());
		return "monitor/note-form";
	}

	private FieldNote ownNote(String id, Authentication authentication) {
		FieldNote note = monitor.note(UUID.fromString(id)).orElseThrow(MonitorPages::notFound);
		if (!access.isAdministrator(authentication) && !note.isWrittenBy(principal(authentication).id().value())) {
			throw new NoteNotAllowedException();
		}
		return note;
	}

	private Optional<AreaEntry> newest(AreaCode code) {
		List<Integer> years = monitor.years(code);
		return years.isEmpty() ? Optional.empty() : monitor.findArea(code, years.get(0));
	}

	private AreaEntry area(String code) {
		return AreaCode.parse(code).flatMap(this::newest).orElseThrow(MonitorPages::notFound);
	}

	/** The note's area in the newest year the monitor has it, or as the note remembers it. */
	private AreaEntry area(FieldNote note) {
		return newest(note.area()).orElseGet(() -> new AreaEntry(note.area(), note.notedOn().getYear(),
				note.area().level(), note.areaName(), note.municipality(), note.municipality().value(),
				note.area().parent().orElse(null), null));
	}

	private AreaEntry municipality(String code) {
		AreaEntry entry = area(code);
		if (entry.level() != AreaLevel.MUNICIPALITY) {
			throw MonitorPages.notFound();
		}
		return entry;
	}

	private NoteFilter filter(AreaEntry municipality, @Nullable String theme, @Nullable String area,
			@Nullable String from, @Nullable String to, @Nullable String followUp, List<String> errors) {
		NoteTheme chosenTheme = java.util.Arrays.stream(NoteTheme.values())
			.filter(value -> value.name().equals(theme))
			.findFirst()
			.orElse(null);
		AreaCode chosenArea = area == null ? null : AreaCode.parse(area)
			.filter(code -> code.municipality().equals(municipality.code()))
			.orElse(null);
		return new NoteFilter(municipality.code(), chosenTheme, chosenArea, date(from, "van", errors),
				date(to, "tot", errors), "ja".equals(followUp));
	}

	private @Nullable LocalDate date(@Nullable String text, String field, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(field);
			return null;
		}
	}

	private static AccountPrincipal principal(Authentication authentication) {
		return (AccountPrincipal) authentication.getPrincipal();
	}

	/** The role a note is signed with: the council before the gemeente, an administrator only as such. */
	private static String role(AccountPrincipal author) {
		if (author.roles().contains(Role.COUNCIL)) {
			return Role.COUNCIL.name();
		}
		return author.roles().contains(Role.OFFICIAL) ? Role.OFFICIAL.name() : Role.ADMIN.name();
	}

	private String text(String key) {
		return messages.getMessage(key, null, MonitorFormat.locale());
	}

}
