// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.UUID;

import nl.buurtkracht.account.MunicipalityScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Answers "may this person act for this round?" in {@code @PreAuthorize} expressions:
 * {@code @roundScope.covers(authentication, #id, 'OFFICIAL')}. Officials act only for rounds of their own
 * gemeente; administrators everywhere.
 */
@Component("roundScope")
public class RoundScope {

	private final BudgetProcess process;

	private final MunicipalityScope municipalities;

	RoundScope(BudgetProcess process, MunicipalityScope municipalities) {
		this.process = process;
		this.municipalities = municipalities;
	}

	public boolean covers(@Nullable Authentication authentication, @Nullable UUID round, String role) {
		if (round == null) {
			return false;
		}
		return municipalities.covers(authentication, process.municipalityOf(new RoundId(round)), role);
	}

}
