// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the boundaries of a file: COPY into a temporary table, then one upsert into {@code area_boundary}.
 */
@Component
class BoundaryWriter {

	private static final String STAGED = "area_import_boundary";

	private final JdbcClient jdbc;

	private final PostgresCopy copy;

	private final Clock clock;

	BoundaryWriter(JdbcClient jdbc, PostgresCopy copy, Clock clock) {
		this.jdbc = jdbc;
		this.copy = copy;
		this.clock = clock;
	}

	void write(BoundaryFile file, int year) {
		CopyText text = new CopyText();
		file.features().forEach(feature -> text.field(feature.code()).field(feature.geometry()).endRow());
		copy.intoTemporaryTable(STAGED, "code TEXT PRIMARY KEY, geometry JSONB", text);
		jdbc.sql("""
				INSERT INTO area_boundary (code, year, geometry, imported_at)
				SELECT code, :year, geometry, :now FROM %s
				ON CONFLICT (code, year) DO UPDATE SET geometry = EXCLUDED.geometry, imported_at = EXCLUDED.imported_at"""
			.formatted(STAGED))
			.param("year", year)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		copy.analyse("area_boundary");
	}

}
