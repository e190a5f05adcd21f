// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.nio.charset.StandardCharsets;

import nl.buurtkracht.monitor.MonitorTestData;
import nl.buurtkracht.monitor.WithRekendorp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public monitor pages on Rekendorp: they render, sort without JavaScript, say "geen gegevens" for
 * missing values, state the index's make-up and export what is on screen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitorPagesIntegrationTests extends WithRekendorp {

	static final String YEAR = "?jaar=" + MonitorTestData.REKENDORP_YEAR;

	@Autowired
	MockMvc mvc;





	@Test
	void listsTheGemeentenWithFigures() throws Exception {
		String html = page("/wijkmonitor");

		assertThat(html).contains("Rekendorp", "/wijkmonitor/GM9871");
	}

	@Test
	void explainsTheMethodWithTheIndicatorsInUse() throws Exception {
		String html = page("/wijkmonitor/methode");

		assertThat(html).contains("Zo werkt de stapelingsindex", "Huishoudens met een laag inkomen", "Gelijke waarden");
	}

	@Test
	void showsTheMostVulnerableBuurtenFirstWithTheirStacking() throws Exception {
		String html = page("/wijkmonitor/GM9871" + YEAR);

		assertThat(html).contains("De 4 meest kwetsbare buurten", "stapeling 2 van 4");
		assertThat(html.indexOf("Beekbuurt")).isLessThan(html.indexOf("Fortbuurt"));
		assertThat(html).contains("aria-sort=\"descending\"", "Zo is de index van de buurten berekend", "geen gegevens");
	}

	@Test
	void sortsTheTableByNameWithAPlainLink() throws Exception {
		String html = page("/wijkmonitor/GM9871" + YEAR + "&niveau=buurten&sorteer=naam&richting=oplopend");
		String table = html.substring(html.indexOf("<tbody>"));

		assertThat(table.indexOf("Akkerbuurt")).isLessThan(table.indexOf("Beekbuurt"));
		assertThat(table.indexOf("Fortbuurt")).isLessThan(table.indexOf("Havenbuurt"));
		assertThat(html).contains("sorteer=naam&amp;richting=aflopend");
	}

	@Test
	void showsAnAreaProfileWithGemeenteAndReferenceAndMissingValues() throws Exception {
		String html = page("/wijkmonitor/gebied/BU98710101" + YEAR);

		assertThat(html).contains("Fortbuurt", "Stapeling van problemen", "Huishoudens met een laag inkomen",
				"geen gegevens", "Midden van alle buurten", "Zo is de index van de buurten berekend");
		assertThat(html).doesNotContain("Verhalen achter de cijfers");
	}

	@Test
	void showsAnAreaWithoutDataAsSuchWithoutFailing() throws Exception {
		String html = page("/wijkmonitor/gebied/BU98710102" + YEAR);

		assertThat(html).contains("Havenbuurt", "Dit gebied heeft 40 inwoners", "Er zijn te weinig gegevens voor een score",
				"geen score");
	}

	@Test
	void comparesTwoBuurten() throws Exception {
		String html = page("/wijkmonitor/vergelijk?gebied=BU98710000&gebied=BU98710001&jaar=2061");

		assertThat(html).contains("Akkerbuurt", "Beekbuurt", "2 gebieden naast elkaar", "Zo is de index van de buurten berekend");
	}

	@Test
	void exportsTheTableAsOnScreenWithEmptyFieldsForMissingValues() throws Exception {
		String csv = mvc.perform(get("/wijkmonitor/GM9871/export.csv" + YEAR + "&sorteer=index"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFF\"CBS-code\";\"Naam\"");
		assertThat(lines[1]).startsWith("\"BU98710001\";\"Beekbuurt\";\"2061\";\"1400\";\"64,0625\";\"5\";\"1\";\"2\"");
		assertThat(csv).contains("\"BU98710102\";\"Havenbuurt\";\"2061\";\"40\";;;;\"0\"");
	}

	@Test
	void exportsAnAreaProfile() throws Exception {
		String csv = mvc.perform(get("/wijkmonitor/gebied/BU98710000/export.csv" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).contains("\"laag-inkomen\";\"Huishoudens met een laag inkomen\";\"10\";\"procent\";\"2059\"");
	}

	@Test
	void answersUnknownAreasWithNotFound() throws Exception {
		mvc.perform(get("/wijkmonitor/GM9879")).andExpect(status().isNotFound());
		mvc.perform(get("/wijkmonitor/gebied/BU98799999")).andExpect(status().isNotFound());
		mvc.perform(get("/wijkmonitor/WK987100")).andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		String html = page("/wijkmonitor/GM9871" + YEAR + "&lang=en");

		assertThat(html).contains("most vulnerable neighbourhoods", "no data");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
