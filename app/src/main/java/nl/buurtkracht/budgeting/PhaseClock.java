// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Advances rounds by date. Every instance runs it; {@link BudgetProcess#advanceDuePhases()} makes sure each
 * round moves once.
 */
@Component
class PhaseClock {

	private static final Logger log = LoggerFactory.getLogger(PhaseClock.class);

	private final BudgetProcess process;

	PhaseClock(BudgetProcess process) {
		this.process = process;
	}

	@Scheduled(fixedDelayString = "${buurtkracht.budgeting.phase-check-interval:PT30S}",
			initialDelayString = "${buurtkracht.budgeting.phase-check-interval:PT30S}")
	void tick() {
		List<RoundId> advanced = process.advanceDuePhases();
		if (!advanced.isEmpty()) {
			log.info("Advanced the phase of {} buurtbudget round(s) by date", advanced.size());
		}
	}

}
