// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.List;

/**
 * Figures of one CBS year were stored (and the areas of the file created or updated). Published after
 * the import's transaction commits, so listeners read the new figures.
 *
 * @param municipalities the gemeenten whose own, wijk or buurt figures changed
 * @param labels the figure columns the file held
 */
public record AreaFiguresImported(int year, List<AreaCode> municipalities, List<FigureLabel> labels) {

	public AreaFiguresImported {
		municipalities = List.copyOf(municipalities);
		labels = List.copyOf(labels);
	}

}
