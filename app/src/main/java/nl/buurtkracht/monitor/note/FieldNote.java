// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.buurtkracht.area.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A field note about an area: what a council member or official heard or saw, when, in which kind of
 * meeting, on which themes, and whether follow-up is needed. Holds no personal data of residents.
 *
 * @param areaName the area's name when the note was written, so that the overview can show it for any year
 * @param followUp what should happen next; {@code null} when nothing is needed
 * @param authorId the account that wrote it; {@code null} after that account was deleted
 * @param authorRole {@code COUNCIL}, {@code OFFICIAL} or {@code ADMIN}: shown instead of a name
 */
public record FieldNote(UUID id, AreaCode municipality, AreaCode area, String areaName, NoteKind kind,
		LocalDate notedOn, List<NoteTheme> themes, String summary, @Nullable String followUp, @Nullable UUID authorId,
		String authorRole, Instant createdAt, Instant updatedAt) {

	public static final int MAX_SUMMARY = 2000;

	public static final int MAX_FOLLOW_UP = 500;

	public FieldNote {
		themes = themes.stream().distinct().sorted().toList();
		if (themes.isEmpty()) {
			throw new IllegalArgumentException("A field note needs at least one theme");
		}
		if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
			throw new IllegalArgumentException("A field note needs a summary of at most " + MAX_SUMMARY + " characters");
		}
		if (followUp != null && (followUp.isBlank() || followUp.length() > MAX_FOLLOW_UP)) {
			throw new IllegalArgumentException("A follow-up is absent or at most " + MAX_FOLLOW_UP + " characters");
		}
		if (!area.municipality().equals(municipality)) {
			throw new IllegalArgumentException(area + " is not in " + municipality);
		}
	}

	/**
	 * A new note, dated no later than {@code today}, refused when its text holds personal data.
	 * @throws IllegalArgumentException when the date is in the future or the text holds personal data
	 */
	public static FieldNote write(AreaCode area, String areaName, NoteKind kind, LocalDate notedOn,
			List<NoteTheme> themes, String summary, @Nullable String followUp, UUID author, String authorRole,
			LocalDate today, Instant now) {
		requireAcceptable(notedOn, summary, followUp, today);
		return new FieldNote(UUID.randomUUID(), area.municipality(), area, areaName, kind, notedOn, themes, summary,
				followUp, author, authorRole, now, now);
	}

	/** The same note with new contents, checked like a new one. */
	public FieldNote revise(NoteKind newKind, LocalDate newDate, List<NoteTheme> newThemes, String newSummary,
			@Nullable String newFollowUp, LocalDate today, Instant now) {
		requireAcceptable(newDate, newSummary, newFollowUp, today);
		return new FieldNote(id, municipality, area, areaName, newKind, newDate, newThemes, newSummary, newFollowUp,
				authorId, authorRole, createdAt, now);
	}

	private static void requireAcceptable(LocalDate notedOn, String summary, @Nullable String followUp,
			LocalDate today) {
		if (notedOn.isAfter(today)) {
			throw new IllegalArgumentException("A field note cannot be about a day in the future");
		}
		if (!PersonalDataCheck.find(summary).isEmpty()
				|| (followUp != null && !PersonalDataCheck.find(followUp).isEmpty())) {
			throw new IllegalArgumentException("A field note may not hold personal data");
		}
	}

	public boolean needsFollowUp() {
		return followUp != null;
	}

	/** Whether this account wrote the note. */
	public boolean isWrittenBy(@Nullable UUID account) {
		return authorId != null && authorId.equals(account);
	}

}
