// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demodorp is loaded through the ordinary importers, once, even when two instances start together.
 */
@SpringBootTest
class DemoMunicipalityIntegrationTests {

	@Autowired
	DemoMunicipality demo;

	@Autowired
	AreaCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void removeDemodorp() {
		for (String table : List.of("area_figure", "area_boundary")) {
			jdbc.sql("DELETE FROM " + table + " WHERE code LIKE '__9901%'").update();
		}
		for (String level : List.of("NEIGHBOURHOOD", "DISTRICT", "MUNICIPALITY")) {
			jdbc.sql("DELETE FROM area_region WHERE municipality_code = 'GM9901' AND level = :level").param("level", level).update();
		}
	}

	@Test
	void loadsDemodorpOnceWhenTwoInstancesStartTogether() {
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(demo::load);
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(demo::load);

		assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(true, false);
		assertThat(demo.load()).isFalse();
		for (int year : List.of(2023, 2024)) {
			assertThat(count(year, AreaLevel.MUNICIPALITY)).isEqualTo(1);
			assertThat(count(year, AreaLevel.DISTRICT)).isEqualTo(3);
			assertThat(count(year, AreaLevel.NEIGHBOURHOOD)).isEqualTo(10);
			assertThat(jdbc.sql("SELECT count(*) FROM area_boundary WHERE code LIKE '__9901%' AND year = :year")
				.param("year", year).query(Long.class).single()).isEqualTo(14);
		}
	}

	@Test
	void makesDemodorpFindableWithFiguresAndMaps() {
		demo.load();

		AreaCode code = AreaCode.of("GM9901");
		assertThat(catalogue.search("Demodorp", new Paging(1, 10)).items()).first()
			.satisfies(found -> assertThat(found.code()).isEqualTo(code));
		assertThat(catalogue.search("vogelbuurt, demodorp", AreaLevel.NEIGHBOURHOOD, new Paging(1, 10)).items())
			.extracting(found -> found.code().value()).containsExactly("BU99010101");
		assertThat(catalogue.search("Vogelbuurt Demodorp Zuid", AreaLevel.NEIGHBOURHOOD, new Paging(1, 10)).items())
			.isEmpty();
		assertThat(catalogue.find(code, null)).hasValueSatisfying(area -> assertThat(area.year()).isEqualTo(2024));
		assertThat(catalogue.keyFigures(code, 2024).inhabitants()).isNotNull();
		assertThat(catalogue.childBoundaries(code, 2024)).hasSize(3);
		assertThat(catalogue.figures(AreaCode.of("BU99010102"), 2024).value(
				FigureLabel.of("Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)"))).isEmpty();
		assertThat(catalogue.figures(AreaCode.of("BU99010101"), 2024).value(
				FigureLabel.of("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen...."))).isPresent();
	}

	private long count(int year, AreaLevel level) {
		return jdbc.sql("SELECT count(*) FROM area_region WHERE municipality_code = 'GM9901' AND year = :year AND level = :level")
			.param("year", year)
			.param("level", level.name())
			.query(Long.class)
			.single();
	}

}
