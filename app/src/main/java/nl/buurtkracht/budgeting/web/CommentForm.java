// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reaction to an idea.
 */
record CommentForm(@NotBlank(message = "{budgeting.comment.text.required}") @Size(max = 2000, message = "{budgeting.comment.text.size}") String text) {

	static CommentForm empty() {
		return new CommentForm("");
	}

}
