// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every figure CBS published for one area and year. A suppressed value is absent, never 0.
 */
public record Figures(AreaCode code, int year, List<Figure> values) {

	public Figures {
		values = List.copyOf(values);
	}

	public Optional<BigDecimal> value(FigureLabel label) {
		return values.stream().filter(figure -> figure.label().equals(label)).map(Figure::value).findFirst();
	}

	/** The value of a column heading in any CBS format, for example {@code Wonen/Gemiddelde WOZ-waarde ...}. */
	public Optional<BigDecimal> value(String heading) {
		return value(FigureLabel.of(heading));
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

}
