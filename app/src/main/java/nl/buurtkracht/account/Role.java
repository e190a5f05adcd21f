// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

/**
 * What a person may do. Officials and advisory-council members act for one gemeente.
 */
public enum Role {

	/** Bewoner: lives in a buurt, proposes, votes, follows. */
	RESIDENT,
	/** Ambtenaar of one gemeente. */
	OFFICIAL,
	/** Staff of a welfare, care or housing institution. */
	INSTITUTION,
	/** Member of the adviesraad sociaal domein of one gemeente. */
	COUNCIL,
	/** Runs the platform: users, tokens, imports, settings. */
	ADMIN;

	public boolean isScopedToMunicipality() {
		return this == OFFICIAL || this == COUNCIL;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
