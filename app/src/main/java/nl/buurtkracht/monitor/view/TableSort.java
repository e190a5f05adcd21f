// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.util.Arrays;
import java.util.Optional;

import nl.buurtkracht.monitor.index.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The columns the gemeente table can be sorted on, with the word used in links ({@code ?sorteer=index}).
 * Areas without a value always come last, whichever the direction.
 */
public enum TableSort {

	NAME("naam", "a.name", false), INDEX("index", "s.composite", true), STACKING("stapeling", "s.stacking_count", true),
	INHABITANTS("inwoners", "a.inhabitants", true), MISSING("ontbrekend", "s.indicators_missing", true),
	INCOME("inkomen", "d_income.score", true), WORK("werk", "d_work.score", true),
	DEBTS("schulden", "d_debts.score", true), HEALTH("gezondheid", "d_health.score", true),
	HOUSING("wonen", "d_housing.score", true);

	private final String parameter;

	private final String column;

	private final boolean descendingByDefault;

	TableSort(String parameter, String column, boolean descendingByDefault) {
		this.parameter = parameter;
		this.column = column;
		this.descendingByDefault = descendingByDefault;
	}

	public String parameter() {
		return parameter;
	}

	String column() {
		return column;
	}

	/** Numbers first from the highest (most vulnerable), names from A. */
	public boolean descendingByDefault() {
		return descendingByDefault;
	}

	public static TableSort of(Domain domain) {
		return valueOf(domain.name());
	}

	public static Optional<TableSort> ofParameter(@Nullable String parameter) {
		return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
	}

}
