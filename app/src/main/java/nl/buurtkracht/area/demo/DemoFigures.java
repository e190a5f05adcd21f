// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of a Demodorp buurt in a year, or of a wijk or the gemeente as the sum of its buurten.
 * Counts add up (men and women to inhabitants, age groups to inhabitants); percentages and WOZ of a wijk
 * are averages weighted by households. {@code null} means suppressed, as CBS does for tiny buurten.
 */
record DemoFigures(DemoNeighbourhood source, int inhabitants, int men, int[] ages, int households,
		Integer wozValue, Double socialHousing, Double lowIncome, Integer socialAssistance) {

	/** Demodorp grew by about 2 % from 2023 to 2024; values rose with it. */
	private static final double GROWTH = 1.02;

	static DemoFigures of(DemoNeighbourhood n, int year) {
		double factor = Math.pow(GROWTH, year - Demodorp.YEARS.get(Demodorp.YEARS.size() - 1));
		int inhabitants = Demodorp.roundToFive(n.inhabitants() * factor);
		int men = Demodorp.roundToFive(inhabitants * 0.494);
		int households = Demodorp.roundToFive(inhabitants / (n.ages()[0] > 15 ? 2.4 : 1.9));
		if (n.isSmall()) {
			return new DemoFigures(n, inhabitants, men, ages(inhabitants, n.ages()), households, null, null, null, null);
		}
		int assistance = (int) (Math.round(inhabitants * n.lowIncome() * 0.0025 / 10) * 10);
		return new DemoFigures(n, inhabitants, men, ages(inhabitants, n.ages()), households,
				(int) Math.round(n.wozValue() * factor), (double) n.socialHousing(), n.lowIncome(), assistance);
	}

	/** Splits the inhabitants over the age groups in steps of 5, largest remainders first, so they add up. */
	private static int[] ages(int inhabitants, int[] percentages) {
		int units = inhabitants / 5;
		int[] counts = new int[percentages.length];
		double[] remainders = new double[percentages.length];
		int given = 0;
		for (int i = 0; i < percentages.length; i++) {
			double exact = units * percentages[i] / 100.0;
			counts[i] = (int) Math.floor(exact);
			remainders[i] = exact - counts[i];
			given += counts[i];
		}
		for (; given < units; given++) {
			int largest = 0;
			for (int i = 1; i < remainders.length; i++) {
				largest = remainders[i] > remainders[largest] ? i : largest;
			}
			counts[largest]++;
			remainders[largest] = -1;
		}
		for (int i = 0; i < counts.length; i++) {
			counts[i] *= 5;
		}
		return counts;
	}

	static DemoFigures sum(List<DemoFigures> parts) {
		int[] ages = new int[5];
		parts.forEach(part -> {
			for (int i = 0; i < ages.length; i++) {
				ages[i] += part.ages()[i];
			}
		});
		List<DemoFigures> known = parts.stream().filter(part -> part.lowIncome() != null).toList();
		int inhabitants = Demodorp.total(parts, DemoFigures::inhabitants);
		int men = Demodorp.total(parts, DemoFigures::men);
		int households = Demodorp.total(parts, DemoFigures::households);
		if (known.isEmpty()) {
			return new DemoFigures(parts.get(0).source(), inhabitants, men, ages, households, null, null, null, null);
		}
		int knownHouseholds = Demodorp.total(known, DemoFigures::households);
		return new DemoFigures(parts.get(0).source(), inhabitants, men, ages, households,
				(int) Math.round(weighted(known, knownHouseholds, DemoFigures::wozValue)),
				weighted(known, knownHouseholds, DemoFigures::socialHousing),
				weighted(known, knownHouseholds, DemoFigures::lowIncome),
				Demodorp.total(known, DemoFigures::socialAssistance));
	}

	private static double weighted(List<DemoFigures> parts, int households, Function<DemoFigures, Number> value) {
		double sum = parts.stream().mapToDouble(part -> value.apply(part).doubleValue() * part.households()).sum();
		return sum / households;
	}

	/** The figure cells in the order of the CSV headings after the region columns. */
	List<String> cells() {
		List<String> cells = new ArrayList<>();
		cells.add(Integer.toString(inhabitants));
		cells.add(Integer.toString(men));
		cells.add(Integer.toString(inhabitants - men));
		for (int age : ages) {
			cells.add(Integer.toString(age));
		}
		cells.add(Integer.toString(households));
		cells.add(wozValue == null ? "\".\"" : wozValue.toString());
		cells.add(socialHousing == null ? "\".\"" : Demodorp.decimal(socialHousing, 0));
		cells.add(lowIncome == null ? "\".\"" : Demodorp.decimal(lowIncome, 1));
		cells.add(socialAssistance == null ? "\".\"" : socialAssistance.toString());
		return cells;
	}

}
