// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.AreaSummary;
import nl.buurtkracht.area.Paging;
import org.springframework.stereotype.Component;

/**
 * What a resident typed in the gemeente filter of the overview, a CBS code ("GM0363") or a name ("amsterdam"),
 * turned into the gemeente to show: one exact or single match is taken, several are offered to choose from.
 */
@Component
class MunicipalityFilter {

	private static final Pattern CODE = Pattern.compile("GM\\d{4}");

	private static final int CHOICES = 10;

	private final AreaCatalogue catalogue;

	MunicipalityFilter(AreaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The outcome: the code to filter on ("" for none) and, when that is not clear yet, the gemeenten meant. */
	record Choice(String code, List<AreaSummary> candidates, boolean unknown) {

		static Choice all() {
			return new Choice("", List.of(), false);
		}

	}

	Choice resolve(String typed) {
		String text = typed.strip();
		if (text.isEmpty()) {
			return Choice.all();
		}
		if (CODE.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
			return new Choice(text.toUpperCase(Locale.ROOT), List.of(), false);
		}
		List<AreaSummary> found = catalogue.search(text, AreaLevel.MUNICIPALITY, new Paging(1, CHOICES)).items();
		List<AreaSummary> exact = found.stream().filter(area -> area.name().equalsIgnoreCase(text)).toList();
		if (exact.size() == 1 || found.size() == 1) {
			return new Choice((exact.size() == 1 ? exact : found).get(0).code().value(), List.of(), false);
		}
		return new Choice("", found, found.isEmpty());
	}

}
