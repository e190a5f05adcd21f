// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import nl.buurtkracht.area.AreaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the areas of a file: all rows into a temporary table with COPY, then one upsert into
 * {@code area_region}. The temporary table also tells {@link FigureWriter} which codes the file covers.
 */
@Component
class RegionWriter {

	static final String STAGED = "area_import_region";

	private final JdbcClient jdbc;

	private final PostgresCopy copy;

	private final Clock clock;

	RegionWriter(JdbcClient jdbc, PostgresCopy copy, Clock clock) {
		this.jdbc = jdbc;
		this.copy = copy;
		this.clock = clock;
	}

	/**
	 * Puts the rows' codes (and, for a file with codes, everything else) in the temporary table.
	 * @param file identifies this import, so that a later file without codes can be joined to it by position
	 */
	void stage(List<CbsRow> rows, UUID file) {
		CopyText text = new CopyText();
		for (CbsRow row : rows) {
			AreaCode code = row.requireCode();
			text.field(code).field(code.level().name()).field(row.name()).field(code.parent().orElse(null))
				.field(code.municipality()).field(row.changeCode()).field(file).field(row.position())
				.endRow();
		}
		copy.intoTemporaryTable(STAGED, "code TEXT PRIMARY KEY, level TEXT, name TEXT, parent_code TEXT, "
				+ "municipality_code TEXT, change_code TEXT, source_file UUID, source_position INT", text);
	}

	/** Creates or updates the staged areas; parents and children go in one statement. */
	int upsert(int year) {
		return jdbc.sql("""
				INSERT INTO area_region (code, year, level, name, parent_code, municipality_code, change_code,
				                         source_file, source_position, imported_at)
				SELECT code, :year, level, name, parent_code, municipality_code, change_code, source_file,
				       source_position, :now
				FROM %s
				ON CONFLICT (code, year) DO UPDATE SET name = EXCLUDED.name,
				    change_code = COALESCE(EXCLUDED.change_code, area_region.change_code),
				    source_file = EXCLUDED.source_file, source_position = EXCLUDED.source_position,
				    imported_at = EXCLUDED.imported_at""".formatted(STAGED))
			.param("year", year)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

}
