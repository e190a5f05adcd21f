// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.List;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.AreaSummary;
import nl.buurtkracht.area.Paging;
import nl.buurtkracht.system.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class MunicipalityFilterTests {

	private final AreaCatalogue catalogue = mock(AreaCatalogue.class);

	private final MunicipalityFilter filter = new MunicipalityFilter(catalogue);

	@Test
	void emptyMeansAllAndACodeIsTakenAsItIs() {
		assertThat(filter.resolve("  ")).isEqualTo(MunicipalityFilter.Choice.all());
		assertThat(filter.resolve(" gm0363 ").code()).isEqualTo("GM0363");
		verifyNoInteractions(catalogue);
	}

	@Test
	void anExactNameWinsOverLongerNames() {
		found("BERG", gemeente("GM1001", "Berg"), gemeente("GM1002", "Bergen"), gemeente("GM1003", "Bergeijk"));
		MunicipalityFilter.Choice choice = filter.resolve("BERG");
		assertThat(choice.code()).isEqualTo("GM1001");
		assertThat(choice.candidates()).isEmpty();
	}

	@Test
	void aSingleMatchIsTakenSeveralAreOfferedNoneIsSaid() {
		found("amster", gemeente("GM0363", "Amsterdam"));
		assertThat(filter.resolve("amster").code()).isEqualTo("GM0363");

		found("berge", gemeente("GM1002", "Bergen"), gemeente("GM1003", "Bergeijk"));
		MunicipalityFilter.Choice several = filter.resolve("berge");
		assertThat(several.code()).isEmpty();
		assertThat(several.candidates()).extracting(AreaSummary::name).containsExactly("Bergen", "Bergeijk");
		assertThat(several.unknown()).isFalse();

		found("nergens");
		MunicipalityFilter.Choice none = filter.resolve("nergens");
		assertThat(none.unknown()).isTrue();
		assertThat(none.candidates()).isEmpty();
	}

	private void found(String text, AreaSummary... areas) {
		when(catalogue.search(eq(text), eq(AreaLevel.MUNICIPALITY), any(Paging.class)))
			.thenReturn(new Page<>(List.of(areas), 0, 10, areas.length));
	}

	private static AreaSummary gemeente(String code, String name) {
		return new AreaSummary(AreaCode.of(code), 2024, AreaLevel.MUNICIPALITY, name, name, null, 2024);
	}

}
