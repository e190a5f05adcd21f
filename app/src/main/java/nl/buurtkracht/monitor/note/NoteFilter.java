// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import java.time.LocalDate;

import nl.buurtkracht.area.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * Which notes of one gemeente to list: optionally one theme, one area (a wijk includes its buurten), a
 * period, and only those that need follow-up.
 */
public record NoteFilter(AreaCode municipality, @Nullable NoteTheme theme, @Nullable AreaCode area,
		@Nullable LocalDate from, @Nullable LocalDate to, boolean followUpOnly) {

	public static NoteFilter all(AreaCode municipality) {
		return new NoteFilter(municipality, null, null, null, null, false);
	}

}
