// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.importing.StoredRegions.StoredRow;
import org.jspecify.annotations.Nullable;

/**
 * Joins a CBS file without a code column to a file with codes imported earlier for the same year, row by
 * row. StatLine writes the same selection in the same order, but names repeat (563 pairs of name and
 * gemeente occur twice in 2024), so a join is only accepted when the numbers of rows are equal and every
 * row's name, gemeente, region type and inhabitants match the stored row at its position. The first
 * stored file that matches completely wins; if none does, the file is refused with the problems found
 * against the first candidate.
 */
final class PositionalJoin {

	private static final String FIELD = "Wijken en buurten";

	private final CbsFile file;

	private final OptionalInt inhabitants;

	PositionalJoin(CbsFile file) {
		this.file = file;
		this.inhabitants = inhabitantsColumn(file.figures());
	}

	/**
	 * @param candidates the rows of each earlier file of the year in file order, most likely first;
	 * read lazily, so that a match spares reading the others
	 */
	CbsFile join(Stream<List<StoredRow>> candidates) {
		Problems first = null;
		for (Iterator<List<StoredRow>> files = candidates.iterator(); files.hasNext();) {
			Problems problems = new Problems();
			Optional<CbsFile> joined = attempt(files.next(), problems);
			if (joined.isPresent()) {
				return joined.get();
			}
			first = first == null ? problems : first;
		}
		if (first == null) {
			throw Problems.single(file.headingLine(), file.codeHeading(), "dit bestand heeft geen kolom met "
					+ "regiocodes. Zo'n bestand koppelen we regel voor regel aan een eerder geïmporteerd CBS-bestand "
					+ "met codes van hetzelfde jaar, maar voor " + file.year() + " is nog geen bestand met codes "
					+ "geïmporteerd. Importeer dat eerst.");
		}
		throw first.rejected();
	}

	private Optional<CbsFile> attempt(List<StoredRow> stored, Problems problems) {
		if (stored.size() != file.rows().size()) {
			problems.add(file.headingLine(), file.codeHeading(), "dit bestand heeft geen regiocodes en "
					+ file.rows().size() + " gebieden, maar het eerder geïmporteerde bestand van " + file.year()
					+ " heeft er " + stored.size() + ". We koppelen een bestand zonder codes alleen als het precies "
					+ "dezelfde gebieden in dezelfde volgorde heeft.");
			return Optional.empty();
		}
		List<CbsRow> joined = new ArrayList<>(stored.size());
		for (int i = 0; i < stored.size() && !problems.isFull(); i++) {
			CbsRow row = file.rows().get(i);
			if (matches(row, stored.get(i), problems)) {
				joined.add(row.withCode(stored.get(i).code()));
			}
		}
		return problems.isEmpty() ? Optional.of(file.withRows(joined)) : Optional.empty();
	}

	private boolean matches(CbsRow row, StoredRow expected, Problems problems) {
		if (!row.name().equals(expected.name()) || !expected.municipalityName().equals(row.municipalityName())) {
			problems.add(row.line(), FIELD, "hier staat \"" + row.name() + "\" (" + row.municipalityName()
					+ "), maar in het eerder geïmporteerde bestand van " + file.year() + " staat op deze plek \""
					+ expected.name() + "\" (" + expected.municipalityName() + "). De volgorde verschilt, dus we "
					+ "kunnen dit bestand zonder codes niet veilig koppelen.");
			return false;
		}
		if (row.level() != null && row.level() != expected.level()) {
			problems.add(row.line(), FIELD, "\"" + row.name() + "\" is hier een " + row.level().cbsRegionType()
					+ ", maar in het eerder geïmporteerde bestand niet.");
			return false;
		}
		BigDecimal value = inhabitants.isPresent() ? row.values().get(inhabitants.getAsInt()) : null;
		if (differ(value, expected.inhabitants())) {
			problems.add(row.line(), FIELD, "\"" + row.name() + "\" heeft hier " + value + " inwoners, in het eerder "
					+ "geïmporteerde bestand " + expected.inhabitants() + ". Het gaat dus niet om dezelfde gegevens.");
			return false;
		}
		return true;
	}

	private static boolean differ(@Nullable BigDecimal value, @Nullable BigDecimal expected) {
		return value != null && expected != null && value.compareTo(expected) != 0;
	}

	private static OptionalInt inhabitantsColumn(List<FigureColumn> figures) {
		return IntStream.range(0, figures.size())
			.filter(i -> Objects.equals(figures.get(i).label(), FigureLabel.INHABITANTS))
			.findFirst();
	}

}
