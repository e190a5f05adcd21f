// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.List;

import nl.buurtkracht.area.FigureLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces the figures of the staged areas for the file's columns: a value the file suppresses removes
 * the value stored before, because an absent value must not keep an old one. Columns the file does not
 * hold stay as they were.
 */
@Component
class FigureWriter {

	private static final int CHUNK = 20_000;

	private final JdbcClient jdbc;

	private final PostgresCopy copy;

	FigureWriter(JdbcClient jdbc, PostgresCopy copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	long replace(int year, List<FigureColumn> columns, List<CbsRow> rows, ImportProgress progress) {
		if (columns.isEmpty()) {
			return 0;
		}
		columns.forEach(this::registerLabel);
		jdbc.sql("DELETE FROM area_figure WHERE year = :year AND label IN (:labels) AND code IN (SELECT code FROM "
				+ RegionWriter.STAGED + ")")
			.param("year", year)
			.param("labels", columns.stream().map(column -> column.label().key()).toList())
			.update();
		long written = copy(year, columns, rows, progress);
		copy.analyse("area_region, area_figure");
		return written;
	}

	/** Keeps a readable heading: an R export's dotted one never replaces a heading with spaces. */
	private void registerLabel(FigureColumn column) {
		jdbc.sql("""
				INSERT INTO area_figure_label (label, heading) VALUES (:label, :heading)
				ON CONFLICT (label) DO UPDATE SET heading = EXCLUDED.heading
				WHERE position(' ' IN EXCLUDED.heading) > 0""")
			.param("label", column.label().key())
			.param("heading", column.heading())
			.update();
	}

	private long copy(int year, List<FigureColumn> columns, List<CbsRow> rows, ImportProgress progress) {
		List<FigureLabel> labels = columns.stream().map(FigureColumn::label).toList();
		CopyText text = new CopyText();
		long written = 0;
		try (PostgresCopy.Stream stream = copy.open("COPY area_figure (code, year, label, value) FROM STDIN")) {
			for (int r = 0; r < rows.size(); r++) {
				CbsRow row = rows.get(r);
				for (int c = 0; c < labels.size(); c++) {
					@Nullable BigDecimal value = row.values().get(c);
					if (value != null) {
						text.field(row.requireCode()).field(year).field(labels.get(c).key()).field(value.toPlainString());
						text.endRow();
					}
				}
				if (text.rows() - written >= CHUNK) {
					written = text.rows();
					stream.write(text);
					progress.report(r + 1, rows.size(), "area.imports.step.figures");
				}
			}
			stream.write(text);
			stream.finish();
		}
		return text.rows();
	}

}
