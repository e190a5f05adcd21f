// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The feasibility verdict on an idea: feasible at a cost, or not feasible with a reason.
 */
record ReviewForm(@NotNull(message = "{budgeting.review.verdict.required}") @Nullable Boolean feasible,
		@Min(value = 1, message = "{budgeting.review.cost.range}") @Max(value = 1_000_000_000, message = "{budgeting.review.cost.range}") @Nullable Long cost,
		@Size(max = 2000, message = "{budgeting.review.reason.size}") @Nullable String reason) {

	String reasonText() {
		return reason == null ? "" : reason.strip();
	}

}
