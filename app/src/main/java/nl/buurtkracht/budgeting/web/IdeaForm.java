// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.buurtkracht.budgeting.Amount;
import nl.buurtkracht.budgeting.IdeaDraft;
import nl.buurtkracht.budgeting.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a resident fills in to submit an idea.
 */
record IdeaForm(
		@NotBlank(message = "{budgeting.idea.title.required}") @Size(max = 120, message = "{budgeting.idea.title.size}") String title,
		@NotBlank(message = "{budgeting.idea.description.required}") @Size(max = 5000, message = "{budgeting.idea.description.size}") String description,
		@NotNull(message = "{budgeting.idea.estimatedCost.required}") @Min(value = 1, message = "{budgeting.idea.estimatedCost.range}") @Max(value = 100_000_000, message = "{budgeting.idea.estimatedCost.range}") @Nullable Long estimatedCost,
		@Size(max = 300, message = "{budgeting.idea.location.size}") @Nullable String location,
		@DecimalMin(value = "-90", message = "{budgeting.idea.point.invalid}") @DecimalMax(value = "90", message = "{budgeting.idea.point.invalid}") @Nullable Double latitude,
		@DecimalMin(value = "-180", message = "{budgeting.idea.point.invalid}") @DecimalMax(value = "180", message = "{budgeting.idea.point.invalid}") @Nullable Double longitude,
		@Nullable MultipartFile photo) {

	static IdeaForm empty() {
		return new IdeaForm("", "", null, "", null, null, null);
	}

	boolean hasPointHalf() {
		return (latitude == null) != (longitude == null);
	}

	IdeaDraft draft() {
		return new IdeaDraft(title, description, Amount.ofEuros(estimatedCost == null ? 0 : estimatedCost),
				new Location(location == null ? "" : location, latitude, longitude));
	}

}
