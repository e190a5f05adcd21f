// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.Map;

/**
 * Implemented by every module that keeps personal data about a person, so that the GDPR download
 * ("mijn gegevens") contains all of it without this module knowing the others.
 */
public interface PersonalDataContributor {

	/** A short, stable section name in the download, for example {@code budgeting}. */
	String section();

	/** Everything this module keeps about the person, as JSON-friendly values. */
	Map<String, Object> personalData(AccountId account);

}
