// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.FigureLabel;

/**
 * The columns of a CBS file by role: region columns by their label, every other labelled column a figure.
 * The unlabelled first column of an R export (its row number) is ignored.
 */
final class CbsColumns {

	private final Map<RegionColumn, Integer> regions = new EnumMap<>(RegionColumn.class);

	private final List<FigureColumn> figures = new ArrayList<>();

	private final List<String> headings;

	private CbsColumns(List<String> headings) {
		this.headings = headings;
	}

	static CbsColumns of(CbsTable table, Problems problems) {
		CbsColumns columns = new CbsColumns(table.headings());
		Map<FigureLabel, Integer> seen = new HashMap<>();
		for (int i = 0; i < table.headings().size(); i++) {
			String heading = table.headings().get(i);
			Optional<FigureLabel> parsed = FigureLabel.parse(heading);
			if (parsed.isEmpty()) {
				continue;
			}
			FigureLabel label = parsed.get();
			Integer earlier = seen.putIfAbsent(label, i);
			if (earlier != null) {
				problems.add(table.headingLine(), heading, "de kolommen " + (earlier + 1) + " en " + (i + 1)
						+ " hebben hetzelfde label. Elke kolom mag maar één keer voorkomen.");
				continue;
			}
			int index = i;
			RegionColumn.of(label).ifPresentOrElse(role -> columns.regions.put(role, index),
					() -> columns.figures.add(new FigureColumn(index, label, heading)));
		}
		return columns;
	}

	boolean has(RegionColumn role) {
		return regions.containsKey(role);
	}

	Optional<Integer> index(RegionColumn role) {
		return Optional.ofNullable(regions.get(role));
	}

	/** The heading as this file writes it, or as StatLine would when the file lacks the column. */
	String heading(RegionColumn role) {
		Integer index = regions.get(role);
		return index == null ? role.heading() : headings.get(index);
	}

	List<FigureColumn> figures() {
		return List.copyOf(figures);
	}

	int count() {
		return headings.size();
	}

}
