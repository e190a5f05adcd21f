// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.Locale;
import java.util.Optional;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import nl.buurtkracht.monitor.note.NoteFilter;
import nl.buurtkracht.monitor.view.TableSort;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The monitor's Dutch page paths, for controllers and templates ({@code ${@monitorLinks.area(code, year)}}).
 * Sorting is a plain link, so the table sorts without JavaScript.
 */
@Component("monitorLinks")
class MonitorLinks {

	static final String HOME = "/wijkmonitor";

	static final String DESCENDING = "aflopend";

	static final String ASCENDING = "oplopend";

	public String municipality(AreaCode code, int year, AreaLevel level) {
		return builder(HOME + "/" + code.value(), year).queryParam("niveau", levelParameter(level)).build().toUriString();
	}

	public String area(AreaCode code, int year) {
		return builder(HOME + "/gebied/" + code.value(), year).build().toUriString();
	}

	public String areaExport(AreaCode code, int year) {
		return builder(HOME + "/gebied/" + code.value() + "/export.csv", year).build().toUriString();
	}

	/** The table sorted on a column: the other direction when it is sorted on it already. */
	public String sort(MunicipalityReport report, TableSort sort) {
		boolean descending = report.sort() == sort ? !report.descending() : sort.descendingByDefault();
		return tableLink(HOME + "/" + report.municipality().code().value(), report, sort, descending);
	}

	/** The table as shown (year, level, sort) without a page number, for the pagination links. */
	public String table(MunicipalityReport report) {
		return tableLink(HOME + "/" + report.municipality().code().value(), report, report.sort(), report.descending());
	}

	public String export(MunicipalityReport report) {
		return tableLink(HOME + "/" + report.municipality().code().value() + "/export.csv", report, report.sort(),
				report.descending());
	}

	/** The table sorted on a column named by its link word ({@code naam}, {@code index}, {@code inkomen}, ...). */
	public String sort(MunicipalityReport report, String column) {
		return sort(report, TableSort.ofParameter(column).orElseThrow());
	}

	public String ariaSort(MunicipalityReport report, String column) {
		return ariaSort(report, TableSort.ofParameter(column).orElseThrow());
	}

	/** The link word of a domain's column. */
	public String column(nl.buurtkracht.monitor.index.Domain domain) {
		return TableSort.of(domain).parameter();
	}

	/** The level of the map API: {@code district} or {@code neighbourhood}. */
	public String apiLevel(AreaLevel level) {
		return level == AreaLevel.DISTRICT ? "district" : "neighbourhood";
	}

	public boolean isMunicipality(AreaLevel level) {
		return level == AreaLevel.MUNICIPALITY;
	}

	/** The table level to open from an area's breadcrumb: its own level, or buurten from a gemeente. */
	public String municipalityFor(AreaCode municipality, int year, AreaLevel areaLevel) {
		return municipality(municipality, year, areaLevel == AreaLevel.DISTRICT ? AreaLevel.DISTRICT : AreaLevel.NEIGHBOURHOOD);
	}

	/** The ordinary area page of the area module. */
	public String areaPage(AreaCode code, int year) {
		String segment = switch (code.level()) {
			case MUNICIPALITY -> "gemeenten";
			case DISTRICT -> "wijken";
			case NEIGHBOURHOOD -> "buurten";
		};
		return builder("/" + segment + "/" + code.value(), year).build().toUriString();
	}

	/** Each year with its link: the gemeente table at the given level, or, without a level, the area profile. */
	public java.util.Map<Integer, String> years(AreaCode code, java.util.List<Integer> years, @Nullable AreaLevel level) {
		java.util.Map<Integer, String> links = new java.util.LinkedHashMap<>();
		years.forEach(year -> links.put(year, level == null ? area(code, year) : municipality(code, year, level)));
		return links;
	}

	/** {@code aria-sort} of a column header. */
	public String ariaSort(MunicipalityReport report, TableSort sort) {
		if (report.sort() != sort) {
			return "none";
		}
		return report.descending() ? "descending" : "ascending";
	}

	public String notes(AreaCode municipality) {
		return HOME + "/" + municipality.value() + "/notities";
	}

	/**
	 * The council overview with its filter as chosen, without a page number; the dates as typed, so that a
	 * wrong date stays in the form and its link.
	 */
	public String notes(NoteFilter filter, String from, String to) {
		return notesLink(notes(filter.municipality()), filter, from, to);
	}

	public String notesExport(NoteFilter filter, String from, String to) {
		return notesLink(notes(filter.municipality()) + "/export.csv", filter, from, to);
	}

	public String newNote(AreaCode area) {
		return HOME + "/gebied/" + area.value() + "/notities/nieuw";
	}

	private static String tableLink(String path, MunicipalityReport report, TableSort sort, boolean descending) {
		return builder(path, report.year()).queryParam("niveau", levelParameter(report.level()))
			.queryParam("sorteer", sort.parameter())
			.queryParam("richting", descending ? DESCENDING : ASCENDING)
			.build()
			.toUriString();
	}

	private static String notesLink(String path, NoteFilter filter, String from, String to) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (filter.theme() != null) {
			link.queryParam("thema", filter.theme().name());
		}
		if (filter.area() != null) {
			link.queryParam("gebied", filter.area().value());
		}
		if (!from.isEmpty()) {
			link.queryParam("van", from);
		}
		if (!to.isEmpty()) {
			link.queryParam("tot", to);
		}
		if (filter.followUpOnly()) {
			link.queryParam("vervolg", "ja");
		}
		return link.build().encode().toUriString();
	}

	private static UriComponentsBuilder builder(String path, int year) {
		return UriComponentsBuilder.fromPath(path).queryParam("jaar", year);
	}

	static String levelParameter(AreaLevel level) {
		return level == AreaLevel.DISTRICT ? "wijken" : "buurten";
	}

	static Optional<AreaLevel> level(@Nullable String parameter) {
		if (parameter == null) {
			return Optional.empty();
		}
		return switch (parameter.toLowerCase(Locale.ROOT)) {
			case "wijken" -> Optional.of(AreaLevel.DISTRICT);
			case "buurten" -> Optional.of(AreaLevel.NEIGHBOURHOOD);
			default -> Optional.empty();
		};
	}

}
