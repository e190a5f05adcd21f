// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.List;
import java.util.Set;

import nl.buurtkracht.area.AreaCode;

/**
 * A CBS file that passed every check that needs nothing but the file itself.
 *
 * @param headingLine the line of the column headings, for errors about a column
 * @param codeHeading the heading of the code column, to name it in errors
 * @param missingParents wijk and gemeente codes that rows refer to but the file does not hold; they
 * must already be stored for the year
 * @param skippedRows rows about the whole country, which are not stored
 */
record CbsFile(String fileName, int year, List<FigureColumn> figures, List<CbsRow> rows, boolean hasCodes,
		int headingLine, String codeHeading, Set<AreaCode> missingParents, int skippedRows) {

	CbsFile withRows(List<CbsRow> joined) {
		return new CbsFile(fileName, year, figures, joined, hasCodes, headingLine, codeHeading, missingParents,
				skippedRows);
	}

}
