// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.List;

/**
 * Boundaries of areas of one year were stored.
 *
 * @param municipalities the gemeenten whose own, wijk or buurt boundaries changed
 */
public record AreaBoundariesImported(int year, List<AreaCode> municipalities) {

	public AreaBoundariesImported {
		municipalities = List.copyOf(municipalities);
	}

}
