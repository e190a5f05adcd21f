// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Which CBS year a file's figures belong to. The {@code Perioden} column is data and wins; a year the
 * uploader chose comes next, then the title of an old StatLine file, then the file name.
 */
final class YearOfTable {

	private final CbsTable table;

	private final CbsColumns columns;

	YearOfTable(CbsTable table, CbsColumns columns) {
		this.table = table;
		this.columns = columns;
	}

	int year(String fileName, @Nullable Integer requested) {
		Optional<Integer> period = period();
		if (requested != null) {
			return requested(requested, period);
		}
		return period.or(() -> table.title() == null ? Optional.empty() : FileYear.in(table.title()))
			.or(() -> FileYear.in(fileName))
			.filter(FileYear::isPlausible)
			.orElseThrow(() -> Problems.single(null, "year",
					"We weten niet over welk jaar dit bestand gaat. Vul het jaar in en probeer het opnieuw."));
	}

	private int requested(int requested, Optional<Integer> period) {
		if (!FileYear.isPlausible(requested)) {
			throw Problems.single(null, "year",
					"Het jaar " + requested + " kan niet: kies een jaar tussen " + FileYear.FIRST + " en " + FileYear.LAST + ".");
		}
		if (period.isPresent() && period.get() != requested) {
			throw Problems.single(null, columns.heading(RegionColumn.PERIOD), "Het bestand gaat over " + period.get()
					+ ", maar je koos " + requested + ". Kies het jaar uit het bestand, of laat het jaar leeg.");
		}
		return requested;
	}

	/** The one year in the Perioden column; a file that mixes years is refused. */
	private Optional<Integer> period() {
		Optional<Integer> index = columns.index(RegionColumn.PERIOD);
		if (index.isEmpty()) {
			return Optional.empty();
		}
		Set<Integer> years = new TreeSet<>();
		for (CsvRecord record : table.rows()) {
			if (record.size() == columns.count()) {
				String cell = Cells.clean(record.field(index.get()));
				Integer year = FileYear.ofPeriod(cell).orElseThrow(() -> Problems.single(record.line(),
						columns.heading(RegionColumn.PERIOD), "\"" + cell + "\" is geen jaar."));
				years.add(year);
			}
		}
		if (years.size() > 1) {
			throw Problems.single(null, columns.heading(RegionColumn.PERIOD),
					"Het bestand gaat over meer jaren (" + years + "). Importeer één jaar per bestand.");
		}
		return years.stream().findFirst();
	}

}
