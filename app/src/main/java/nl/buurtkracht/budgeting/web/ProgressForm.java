// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.buurtkracht.budgeting.ExecutionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An update on a winning project: status, text and an optional photo.
 */
record ProgressForm(@NotNull(message = "{budgeting.progress.status.required}") @Nullable ExecutionStatus status,
		@NotBlank(message = "{budgeting.progress.text.required}") @Size(max = 5000, message = "{budgeting.progress.text.size}") String text,
		@Nullable MultipartFile photo) {

	static ProgressForm empty() {
		return new ProgressForm(ExecutionStatus.PLANNED, "", null);
	}

}
