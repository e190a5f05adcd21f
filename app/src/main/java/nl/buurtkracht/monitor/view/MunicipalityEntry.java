// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.util.List;

import nl.buurtkracht.area.AreaCode;

/**
 * A gemeente the monitor has figures for, with the years it has (newest first) and its name in the newest.
 */
public record MunicipalityEntry(AreaCode code, String name, List<Integer> years) {

	public MunicipalityEntry {
		years = List.copyOf(years);
	}

	public int newestYear() {
		return years.get(0);
	}

}
