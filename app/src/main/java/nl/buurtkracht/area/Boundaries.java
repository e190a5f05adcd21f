// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the boundaries of areas for maps.
 */
@Repository
class Boundaries {

	private static final String SELECT = """
			SELECT b.code, b.year, r.level, r.name, b.geometry::text AS geometry
			FROM area_boundary b JOIN area_region r ON r.code = b.code AND r.year = b.year
			""";

	private final JdbcClient jdbc;

	Boundaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Boundary> of(AreaCode code, int year) {
		return jdbc.sql(SELECT + " WHERE b.code = :code AND b.year = :year")
			.param("code", code.value())
			.param("year", year)
			.query(Boundaries::boundary)
			.optional();
	}

	List<Boundary> ofChildren(AreaCode parent, int year) {
		return jdbc.sql(SELECT + " WHERE r.parent_code = :parent AND b.year = :year ORDER BY r.name, r.code")
			.param("parent", parent.value())
			.param("year", year)
			.query(Boundaries::boundary)
			.list();
	}

	boolean existsFor(AreaCode code, int year) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM area_boundary b JOIN area_region r ON r.code = b.code AND r.year = b.year
				               WHERE b.year = :year AND (b.code = :code OR r.parent_code = :code))""")
			.param("code", code.value())
			.param("year", year)
			.query(Boolean.class)
			.single();
	}

	private static Boundary boundary(ResultSet rs, int row) throws SQLException {
		return new Boundary(new AreaCode(rs.getString("code")), rs.getInt("year"),
				AreaLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("geometry"));
	}

}
