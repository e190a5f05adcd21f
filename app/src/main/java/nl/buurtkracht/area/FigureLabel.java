// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies a figure column across CBS file formats. StatLine writes the label path
 * {@code Bevolking/Aantal inwoners (aantal)}, an R export {@code Bevolking.Aantal.inwoners..aantal.},
 * old StatLine {@code Bevolking|Aantal inwoners} with the unit on the next line. All three become
 * {@code bevolking.aantal.inwoners.aantal}: lower case, every run of characters that are neither letters
 * nor digits one dot. Accented letters stay, as R keeps them.
 */
public record FigureLabel(String key) {

	public static final FigureLabel INHABITANTS = of("Bevolking/Aantal inwoners (aantal)");

	public static final FigureLabel MEN = of("Bevolking/Geslacht/Mannen (aantal)");

	public static final FigureLabel WOMEN = of("Bevolking/Geslacht/Vrouwen (aantal)");

	public FigureLabel {
		if (key.isEmpty() || !key.equals(normalise(key))) {
			throw new IllegalArgumentException("Not a normalised figure label: " + key);
		}
	}

	/** The label of a column heading in any of the CBS formats. */
	public static FigureLabel of(String heading) {
		return new FigureLabel(normalise(heading));
	}

	/** The label of a heading, or empty for a heading without letters or digits (an R row number). */
	public static Optional<FigureLabel> parse(String heading) {
		String key = normalise(heading);
		return key.isEmpty() ? Optional.empty() : Optional.of(new FigureLabel(key));
	}

	private static String normalise(String heading) {
		String text = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(text.length());
		boolean separator = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (Character.isLetterOrDigit(codePoint)) {
				if (separator && !key.isEmpty()) {
					key.append('.');
				}
				key.appendCodePoint(codePoint);
				separator = false;
			}
			else {
				separator = true;
			}
		}
		return key.toString();
	}

	@Override
	public String toString() {
		return key;
	}

}
