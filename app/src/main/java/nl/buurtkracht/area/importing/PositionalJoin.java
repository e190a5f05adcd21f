// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.importing.StoredRegions.StoredRow;
import org.jspecify.annotations.Nullable;

/**
 * Joins a CBS file without a code column to the file with codes imported earlier for the same year,
 * row by row. StatLine writes the same selection in the same order, but names repeat (563 pairs of
 * name and gemeente occur twice in 2024), so the join is only accepted when every row's name, gemeente,
 * region type and inhabitants match the stored row at its position and the number of rows is equal.
 * Any mismatch refuses the whole file.
 */
final class PositionalJoin {

	private final CbsFile file;

	private final List<StoredRow> stored;

	private final Problems problems = new Problems();

	PositionalJoin(CbsFile file, List<StoredRow> stored) {
		this.file = file;
		this.stored = stored;
	}

	CbsFile join() {
		int year = file.year();
		if (stored.isEmpty()) {
			throw Problems.single(null, file.codeHeading(), "Dit bestand heeft geen kolom met regiocodes. Zo'n bestand "
					+ "koppelen we regel voor regel aan een eerder geïmporteerd CBS-bestand met codes van hetzelfde jaar, "
					+ "maar voor " + year + " is nog geen bestand met codes geïmporteerd. Importeer dat eerst.");
		}
		if (stored.size() != file.rows().size()) {
			throw Problems.single(null, file.codeHeading(), "Dit bestand heeft geen regiocodes en " + file.rows().size()
					+ " gebieden, maar het eerder geïmporteerde bestand van " + year + " heeft er " + stored.size()
					+ ". We koppelen een bestand zonder codes alleen als het precies dezelfde gebieden in dezelfde "
					+ "volgorde heeft.");
		}
		List<CbsRow> joined = new ArrayList<>(stored.size());
		OptionalInt inhabitants = inhabitantsColumn();
		for (int i = 0; i < stored.size() && !problems.isFull(); i++) {
			CbsRow row = file.rows().get(i);
			StoredRow expected = stored.get(i);
			if (matches(row, expected, inhabitants)) {
				joined.add(row.withCode(expected.code()));
			}
		}
		problems.throwIfAny();
		return file.withRows(joined);
	}

	private boolean matches(CbsRow row, StoredRow expected, OptionalInt inhabitants) {
		String field = "Wijken en buurten";
		if (!row.name().equals(expected.name()) || !expected.municipalityName().equals(row.municipalityName())) {
			problems.add(row.line(), field, "hier staat \"" + row.name() + "\" (" + row.municipalityName()
					+ "), maar in het eerder geïmporteerde bestand van " + file.year() + " staat op deze plek \""
					+ expected.name() + "\" (" + expected.municipalityName() + "). De volgorde verschilt, dus we "
					+ "kunnen dit bestand zonder codes niet veilig koppelen.");
			return false;
		}
		if (row.level() != null && row.level() != expected.level()) {
			problems.add(row.line(), field, "\"" + row.name() + "\" is hier een " + row.level().cbsRegionType()
					+ ", maar in het eerder geïmporteerde bestand niet.");
			return false;
		}
		BigDecimal value = inhabitants.isPresent() ? row.values().get(inhabitants.getAsInt()) : null;
		if (differ(value, expected.inhabitants())) {
			problems.add(row.line(), field, "\"" + row.name() + "\" heeft hier " + value + " inwoners, in het eerder "
					+ "geïmporteerde bestand " + expected.inhabitants() + ". Het gaat dus niet om dezelfde gegevens.");
			return false;
		}
		return true;
	}

	private static boolean differ(@Nullable BigDecimal value, @Nullable BigDecimal expected) {
		return value != null && expected != null && value.compareTo(expected) != 0;
	}

	private OptionalInt inhabitantsColumn() {
		List<FigureColumn> figures = file.figures();
		return IntStream.range(0, figures.size())
			.filter(i -> Objects.equals(figures.get(i).label(), FigureLabel.INHABITANTS))
			.findFirst();
	}

}
