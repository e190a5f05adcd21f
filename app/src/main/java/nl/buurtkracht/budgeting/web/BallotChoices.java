// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.budgeting.BallotSheet;
import nl.buurtkracht.budgeting.Choice;
import nl.buurtkracht.budgeting.VoteType;

/**
 * Reads the choices from a submitted ballot form: checkboxes named {@code project} (approval and shopping
 * cart) or number fields named {@code points-<number>} (points). Anything that is not a number of a project
 * on the sheet is ignored here and refused by the sheet's check.
 */
final class BallotChoices {

	private BallotChoices() {
	}

	static List<Choice> read(BallotSheet sheet, Map<String, String[]> parameters) {
		List<Choice> choices = new ArrayList<>();
		if (sheet.rules().voteType() == VoteType.CUMULATIVE) {
			for (BallotSheet.Entry entry : sheet.projects()) {
				String[] values = parameters.get("points-" + entry.number());
				int points = values == null || values.length == 0 ? 0 : number(values[0]);
				if (points != 0) {
					choices.add(new Choice(entry.number(), points));
				}
			}
			return choices;
		}
		for (String value : parameters.getOrDefault("project", new String[0])) {
			int number = number(value);
			if (number != 0) {
				choices.add(Choice.approve(number));
			}
		}
		return choices;
	}

	/** 0 for anything that is not a whole number; negative numbers stay negative so the check refuses them. */
	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
