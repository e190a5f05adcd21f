// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.time.LocalDate;
import java.util.List;

import nl.buurtkracht.monitor.note.NoteKind;
import nl.buurtkracht.monitor.note.NoteTheme;
import org.jspecify.annotations.Nullable;

/**
 * The contents of a field note as its author wrote them.
 *
 * @param followUp what should happen next, or {@code null}
 */
public record NoteDraft(NoteKind kind, LocalDate notedOn, List<NoteTheme> themes, String summary,
		@Nullable String followUp) {

	public NoteDraft {
		themes = List.copyOf(themes);
	}

}
