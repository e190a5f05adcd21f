// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * What a resident writes when submitting an idea.
 */
public record IdeaDraft(String title, String description, Amount estimatedCost, Location location) {

	public IdeaDraft {
		if (title.isBlank() || description.isBlank()) {
			throw new IllegalArgumentException("An idea needs a title and a description");
		}
		if (estimatedCost.cents() <= 0) {
			throw new IllegalArgumentException("An idea needs an estimated cost");
		}
		title = title.strip();
		description = description.strip();
	}

}
