// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.buurtkracht.area.FigureLabel;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator's value follows from an area's CBS figures. A missing figure gives a missing value, never 0.
 */
sealed interface Derivation {

	int SCALE = 4;

	FigureLabel INHABITANTS = FigureLabel.INHABITANTS;

	/** The age groups that together come closest to the working-age population (15 to 65 years). */
	List<FigureLabel> WORKING_AGE = List.of(age("15 tot 25 jaar"), age("25 tot 45 jaar"), age("45 tot 65 jaar"));

	/** The figures this derivation reads. */
	List<FigureLabel> labels();

	Optional<BigDecimal> value(Function<FigureLabel, @Nullable BigDecimal> figures);

	static FigureLabel age(String group) {
		return FigureLabel.of("Bevolking/Leeftijdsgroepen/" + group + " (aantal)");
	}

	/** The published figure as it is. */
	record Published(FigureLabel label) implements Derivation {

		Published(String heading) {
			this(FigureLabel.of(heading));
		}

		@Override
		public List<FigureLabel> labels() {
			return List.of(label);
		}

		@Override
		public Optional<BigDecimal> value(Function<FigureLabel, @Nullable BigDecimal> figures) {
			return Optional.ofNullable(figures.apply(label));
		}

	}

	/** A count as a percentage of all inhabitants. */
	record ShareOfInhabitants(FigureLabel part) implements Derivation {

		@Override
		public List<FigureLabel> labels() {
			return List.of(part, INHABITANTS);
		}

		@Override
		public Optional<BigDecimal> value(Function<FigureLabel, @Nullable BigDecimal> figures) {
			return ratio(figures.apply(part), figures.apply(INHABITANTS), BigDecimal.valueOf(100));
		}

	}

	/**
	 * A count of persons (benefits) per 1,000 inhabitants aged 15 to 65. CBS publishes the counts, not rates;
	 * its age groups do not split at 18 or at the state pension age, so 15 to 65 is the closest base.
	 */
	record PerThousandOfWorkingAge(FigureLabel count) implements Derivation {

		PerThousandOfWorkingAge(String heading) {
			this(FigureLabel.of(heading));
		}

		@Override
		public List<FigureLabel> labels() {
			return List.of(count, WORKING_AGE.get(0), WORKING_AGE.get(1), WORKING_AGE.get(2));
		}

		@Override
		public Optional<BigDecimal> value(Function<FigureLabel, @Nullable BigDecimal> figures) {
			BigDecimal base = BigDecimal.ZERO;
			for (FigureLabel group : WORKING_AGE) {
				BigDecimal people = figures.apply(group);
				if (people == null) {
					return Optional.empty();
				}
				base = base.add(people);
			}
			return ratio(figures.apply(count), base, BigDecimal.valueOf(1000));
		}

	}

	/** {@code part / whole × per}, absent when either is absent or the whole is 0. */
	private static Optional<BigDecimal> ratio(@Nullable BigDecimal part, @Nullable BigDecimal whole, BigDecimal per) {
		if (part == null || whole == null || whole.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(part.multiply(per).divide(whole, SCALE, RoundingMode.HALF_EVEN));
	}

}
