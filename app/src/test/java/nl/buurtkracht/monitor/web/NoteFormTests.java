// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.time.LocalDate;
import java.util.List;

import nl.buurtkracht.monitor.NoteDraft;
import nl.buurtkracht.monitor.note.NoteKind;
import nl.buurtkracht.monitor.note.NoteTheme;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class NoteFormTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@Test
	void turnsAFilledInFormIntoADraft() {
		NoteForm form = new NoteForm("WORK_VISIT", "2026-11-28", List.of("HOUSING", "ENERGY_TRANSITION"),
				"  Veel vocht in de flats aan de oostkant.  ", true, " Corporatie vragen ");
		BeanPropertyBindingResult errors = errors(form);

		NoteDraft draft = form.validate(errors, TODAY).orElseThrow();

		assertThat(errors.hasErrors()).isFalse();
		assertThat(draft.kind()).isEqualTo(NoteKind.WORK_VISIT);
		assertThat(draft.themes()).containsExactly(NoteTheme.HOUSING, NoteTheme.ENERGY_TRANSITION);
		assertThat(draft.summary()).isEqualTo("Veel vocht in de flats aan de oostkant.");
		assertThat(draft.followUp()).isEqualTo("Corporatie vragen");
	}

	@Test
	void ignoresTheFollowUpTextWhenNoFollowUpIsNeeded() {
		NoteForm form = new NoteForm("RESIDENT", "2026-11-28", List.of("OTHER"), "Rustig.", false, "iets");

		assertThat(form.validate(errors(form), TODAY).orElseThrow().followUp()).isNull();
	}

	@Test
	void namesEveryFieldInError() {
		NoteForm form = new NoteForm("NOPE", "2026-12-01", List.of("NOPE"), "", true, "");
		BeanPropertyBindingResult errors = errors(form);

		assertThat(form.validate(errors, TODAY)).isEmpty();
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "monitor.note.error.kind"),
					org.assertj.core.groups.Tuple.tuple("notedOn", "monitor.note.error.date.future"),
					org.assertj.core.groups.Tuple.tuple("themes", "monitor.note.error.themes"),
					org.assertj.core.groups.Tuple.tuple("summary", "monitor.note.error.summary.required"),
					org.assertj.core.groups.Tuple.tuple("followUp", "monitor.note.error.follow-up.required"));
	}

	@Test
	void refusesPersonalDataInSummaryAndFollowUpByKind() {
		NoteForm form = new NoteForm("CONSULTATION_HOUR", "2026-11-28", List.of("DEBTS"),
				"Mevrouw Jansen (06-12345678) heeft schulden.", true, "Mail j.jansen@example.nl");
		BeanPropertyBindingResult errors = errors(form);

		assertThat(form.validate(errors, TODAY)).isEmpty();
		assertThat(errors.getFieldErrors("summary")).extracting(FieldError::getCode)
			.containsExactlyInAnyOrder("monitor.note.error.personal.NAME", "monitor.note.error.personal.PHONE");
		assertThat(errors.getFieldErrors("followUp")).extracting(FieldError::getCode)
			.containsExactly("monitor.note.error.personal.EMAIL");
	}

	@Test
	void refusesABadDateAndTooLongText() {
		NoteForm form = new NoteForm("RESIDENT", "29-11-2026", List.of("OTHER"), "x".repeat(2001), false, null);
		BeanPropertyBindingResult errors = errors(form);

		assertThat(form.validate(errors, TODAY)).isEmpty();
		assertThat(errors.getFieldError("notedOn").getCode()).isEqualTo("monitor.note.error.date.invalid");
		assertThat(errors.getFieldError("summary").getCode()).isEqualTo("monitor.note.error.summary.size");
	}

	private static BeanPropertyBindingResult errors(NoteForm form) {
		return new BeanPropertyBindingResult(form, "noteForm");
	}

}
