// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * A new batch of letter codes with the letters to print; the plain codes live only as long as this object.
 */
public record IssuedLetters(LetterBatch batch, List<Letter> letters) {

	public IssuedLetters {
		letters = List.copyOf(letters);
	}

}
