// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.buurtkracht.area.FigureLabel;

/**
 * The columns that say which region a row is about rather than holding a figure, recognised by their
 * label in every CBS layout (never by position). The 2017/2019 tables name the change code after
 * "wijken en buurten", the 2024 tables after "gemeente, wijk, buurt"; SES-WOA calls the code "Regiocode".
 */
enum RegionColumn {

	NAME("Wijken en buurten", "Regio's"),
	MUNICIPALITY_NAME("Regioaanduiding/Gemeentenaam (naam)"),
	REGION_TYPE("Regioaanduiding/Soort regio (omschrijving)"),
	CODE("Regioaanduiding/Codering (code)", "Regiocode (gemeente, wijk, buurt) (code)"),
	CHANGE_CODE("Regioaanduiding/Indelingswijziging gemeente, wijk, buurt (code)",
			"Regioaanduiding/Indelingswijziging wijken en buurten (code)"),
	PERIOD("Perioden");

	private final List<String> headings;

	private final List<FigureLabel> labels;

	RegionColumn(String... headings) {
		this.headings = List.of(headings);
		this.labels = this.headings.stream().map(FigureLabel::of).toList();
	}

	/** How StatLine names the column, for messages about a column that is missing. */
	String heading() {
		return headings.get(0);
	}

	static Optional<RegionColumn> of(FigureLabel label) {
		return Arrays.stream(values()).filter(column -> column.labels.contains(label)).findFirst();
	}

}
