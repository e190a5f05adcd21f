// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.importing.StoredRegions.StoredRow;
import nl.buurtkracht.system.InputRejectedException;
import org.junit.jupiter.api.Test;

import static nl.buurtkracht.area.CbsTestFiles.bytes;
import static nl.buurtkracht.area.CbsTestFiles.statLine;
import static nl.buurtkracht.area.CbsTestFiles.withoutColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionalJoinTests {

	/** The test file without its code column: the same rows as the stored ones below, in the same order. */
	private final CbsFile withoutCodes = CbsFileReader.read("kwb.csv", bytes(withoutColumn(statLine("01", "Testdorp"), 3)), 2031);

	private final List<StoredRow> stored = List.of(row("GM9801", "Testdorp", 1000), row("WK980100", "Wijk 00 Noord", 600),
			row("BU98010000", "Noordbuurt", 350), row("BU98010001", "Noordveld", 250), row("WK980101", "Wijk 01 Zuid", 400),
			row("BU98010100", "Zuidbuurt", 400));

	@Test
	void givesEveryRowTheCodeOfTheStoredRowAtItsPosition() {
		CbsFile joined = new PositionalJoin(withoutCodes).join(Stream.of(stored));

		assertThat(joined.rows()).extracting(r -> r.requireCode().value())
			.containsExactly("GM9801", "WK980100", "BU98010000", "BU98010001", "WK980101", "BU98010100");
	}

	@Test
	void choosesTheEarlierFileThatMatchesEveryRow() {
		List<StoredRow> otherFile = List.of(row("GM9802", "Anderdorp", 1000), stored.get(1), stored.get(2),
				stored.get(3), stored.get(4), stored.get(5));

		CbsFile joined = new PositionalJoin(withoutCodes).join(Stream.of(otherFile, stored));

		assertThat(joined.rows().get(0).requireCode().value()).isEqualTo("GM9801");
	}

	@Test
	void refusesTheFileWhenTheOrderDiffers() {
		List<StoredRow> swapped = List.of(stored.get(0), stored.get(1), stored.get(3), stored.get(2), stored.get(4),
				stored.get(5));

		assertThatThrownBy(() -> new PositionalJoin(withoutCodes).join(Stream.of(swapped)))
			.isInstanceOfSatisfying(InputRejectedException.class, ex -> {
				assertThat(ex.errors()).extracting(e -> e.line()).containsExactly(5, 6);
				assertThat(ex.errors().get(0).message()).contains("Noordbuurt", "Noordveld");
			});
	}

	@Test
	void refusesTheFileWhenARowHasOtherInhabitants() {
		List<StoredRow> other = List.of(stored.get(0), stored.get(1), row("BU98010000", "Noordbuurt", 355), stored.get(3),
				stored.get(4), stored.get(5));

		assertThatThrownBy(() -> new PositionalJoin(withoutCodes).join(Stream.of(other)))
			.isInstanceOfSatisfying(InputRejectedException.class,
					ex -> assertThat(ex.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("355")));
	}

	@Test
	void refusesTheFileWhenTheNumberOfRowsDiffersOrNothingIsStored() {
		assertThatThrownBy(() -> new PositionalJoin(withoutCodes).join(Stream.of(stored.subList(0, 5))))
			.isInstanceOfSatisfying(InputRejectedException.class,
					ex -> assertThat(ex.errors().get(0).message()).contains("6 gebieden", "heeft er 5"));
		assertThatThrownBy(() -> new PositionalJoin(withoutCodes).join(Stream.empty()))
			.isInstanceOfSatisfying(InputRejectedException.class,
					ex -> assertThat(ex.errors().get(0).message()).contains("voor 2031 is nog geen bestand met codes"));
	}

	private static StoredRow row(String code, String name, int inhabitants) {
		AreaCode areaCode = AreaCode.of(code);
		AreaLevel level = areaCode.level();
		return new StoredRow(areaCode, name, "Testdorp", level, BigDecimal.valueOf(inhabitants));
	}

}
