// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.List;

/**
 * One record of a CSV file and the line it starts on (1-based), for error messages.
 */
record CsvRecord(int line, List<String> fields) {

	int size() {
		return fields.size();
	}

	String field(int index) {
		return fields.get(index);
	}

	boolean isBlank() {
		return fields.stream().allMatch(field -> Cells.clean(field).isEmpty());
	}

}
