// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resident's reaction to an idea. An official may hide it; the reason is shown in its place.
 *
 * @param authorName {@code null} once the author deleted their account
 */
public record Comment(long id, UUID projectId, @Nullable UUID authorId, @Nullable String authorName, String text,
		Instant postedAt, @Nullable Instant hiddenAt, @Nullable String hiddenReason) {

	public boolean isHidden() {
		return hiddenAt != null;
	}

}
