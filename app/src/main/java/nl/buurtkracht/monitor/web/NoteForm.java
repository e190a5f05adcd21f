// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.buurtkracht.monitor.NoteDraft;
import nl.buurtkracht.monitor.note.FieldNote;
import nl.buurtkracht.monitor.note.NoteKind;
import nl.buurtkracht.monitor.note.NoteTheme;
import nl.buurtkracht.monitor.note.PersonalDataCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What a council member or official fills in for a field note. The checks give a Dutch message per field,
 * and text with personal data in it is refused with what kind was found (never the data itself).
 */
record NoteForm(@Nullable String kind, @Nullable String notedOn, @Nullable List<String> themes,
		@Nullable String summary, @Nullable Boolean followUpNeeded, @Nullable String followUp) {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static NoteForm empty(LocalDate today) {
		return new NoteForm(null, today.toString(), List.of(), "", false, "");
	}

	static NoteForm of(FieldNote note) {
		return new NoteForm(note.kind().name(), note.notedOn().toString(),
				note.themes().stream().map(Enum::name).toList(), note.summary(), note.needsFollowUp(),
				note.followUp() == null ? "" : note.followUp());
	}

	/** Checks every field and records what is wrong; the draft when nothing is. */
	Optional<NoteDraft> validate(Errors errors, LocalDate today) {
		Optional<NoteKind> parsedKind = parse(NoteKind.class, kind);
		if (parsedKind.isEmpty()) {
			errors.rejectValue("kind", "monitor.note.error.kind");
		}
		LocalDate date = date(errors, today);
		List<NoteTheme> parsedThemes = themes(errors);
		String text = summary == null ? "" : summary.strip();
		if (text.isEmpty()) {
			errors.rejectValue("summary", "monitor.note.error.summary.required");
		}
		else if (text.length() > FieldNote.MAX_SUMMARY) {
			errors.rejectValue("summary", "monitor.note.error.summary.size", new Object[] { FieldNote.MAX_SUMMARY }, null);
		}
		else {
			personalData(errors, "summary", text);
		}
		String next = needsFollowUp() && followUp != null ? followUp.strip() : "";
		if (needsFollowUp() && next.isEmpty()) {
			errors.rejectValue("followUp", "monitor.note.error.follow-up.required");
		}
		else if (next.length() > FieldNote.MAX_FOLLOW_UP) {
			errors.rejectValue("followUp", "monitor.note.error.follow-up.size", new Object[] { FieldNote.MAX_FOLLOW_UP }, null);
		}
		else if (!next.isEmpty()) {
			personalData(errors, "followUp", next);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new NoteDraft(parsedKind.orElseThrow(), date, parsedThemes, text, next.isEmpty() ? null : next));
	}

	/** Whether the box "follow-up is needed" is ticked; a form without it is not. */
	public boolean needsFollowUp() {
		return Boolean.TRUE.equals(followUpNeeded);
	}

	public boolean hasTheme(NoteTheme theme) {
		return themes != null && themes.contains(theme.name());
	}

	private @Nullable LocalDate date(Errors errors, LocalDate today) {
		try {
			LocalDate date = LocalDate.parse(notedOn == null ? "" : notedOn.strip());
			if (date.isAfter(today)) {
				errors.rejectValue("notedOn", "monitor.note.error.date.future");
			}
			else if (date.isBefore(EARLIEST)) {
				errors.rejectValue("notedOn", "monitor.note.error.date.invalid");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("notedOn", "monitor.note.error.date.invalid");
			return null;
		}
	}

	private List<NoteTheme> themes(Errors errors) {
		List<NoteTheme> parsed = new ArrayList<>();
		if (themes != null) {
			themes.forEach(theme -> parse(NoteTheme.class, theme).ifPresent(parsed::add));
		}
		if (parsed.isEmpty()) {
			errors.rejectValue("themes", "monitor.note.error.themes");
		}
		return parsed;
	}

	private static void personalData(Errors errors, String field, String text) {
		Set<PersonalDataCheck.Finding> findings = PersonalDataCheck.find(text);
		for (PersonalDataCheck.Finding finding : findings) {
			errors.rejectValue(field, "monitor.note.error.personal." + finding.name());
		}
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String name) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
	}

}
