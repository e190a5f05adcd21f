// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.List;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * One area's row of a CBS file, checked.
 *
 * @param position the row's number among the file's data rows (1-based, the country row included)
 * @param code {@code null} only in a file without codes, until it is joined by position
 * @param values one per figure column of the file, {@code null} where the value is absent
 */
record CbsRow(int line, int position, @Nullable AreaCode code, String name, @Nullable String municipalityName,
		@Nullable AreaLevel level, @Nullable String changeCode, List<@Nullable BigDecimal> values) {

	CbsRow withCode(AreaCode joined) {
		return new CbsRow(line, position, joined, name, municipalityName, joined.level(), changeCode, values);
	}

	AreaCode requireCode() {
		if (code == null) {
			throw new IllegalStateException("row on line " + line + " has not been joined to a code");
		}
		return code;
	}

}
