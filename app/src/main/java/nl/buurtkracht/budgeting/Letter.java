// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * One printed letter: the address lines (may be empty: "aan de bewoners van dit adres") and the plain
 * code, which exists only in the PDF and is never stored.
 */
public record Letter(List<String> addressLines, String code) {

	public Letter {
		addressLines = List.copyOf(addressLines);
	}

}
