// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.UUID;

import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.BudgetRound;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Project;
import nl.buurtkracht.budgeting.ProjectId;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.UnknownRoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Lookups every controller of the buurtbudget needs: a round or project by id, or 404.
 */
final class Views {

	private Views() {
	}

	static BudgetRound round(BudgetProcess process, UUID id) {
		return process.find(new RoundId(id)).orElseThrow(() -> new UnknownRoundException(id));
	}

	/** A project of this round; a project of another round is as unknown as a missing one. */
	static Project project(IdeaBox ideas, UUID round, UUID project) {
		return ideas.find(new ProjectId(project))
			.filter(found -> found.roundId().value().equals(round))
			.orElseThrow(() -> new UnknownRoundException(project));
	}

	static String text(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
