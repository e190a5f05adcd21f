// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.ComparisonReport;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public monitor pages: the list of gemeenten, the method, the gemeente view with map, ranking and
 * sortable table, the area profile and the comparison. The figures are open data (CBS, CC BY 4.0, and the
 * gemeente's own aggregate figures); only the field notes on a profile are limited to council members and
 * officials of the gemeente.
 */
@Controller
@PreAuthorize("permitAll()")
class MonitorPages {

	static final int PAGE_SIZE = 50;

	static final int MAX_COMPARED = 6;

	static final int NOTES_ON_PROFILE = 10;

	private final NeighbourhoodMonitor monitor;

	private final MonitorAccess access;

	private final String tileUrl;

	private final String tileAttribution;

	MonitorPages(NeighbourhoodMonitor monitor, MonitorAccess access,
			@Value("${buurtkracht.map.tile-url:}") String tileUrl,
			@Value("${buurtkracht.map.tile-attribution:}") String tileAttribution) {
		this.monitor = monitor;
		this.access = access;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/wijkmonitor")
	String showHome(Model model) {
		model.addAttribute("municipalities", monitor.municipalities());
		return "monitor/home";
	}

	@GetMapping("/wijkmonitor/methode")
	String showMethod(Model model) {
		model.addAttribute("setup", monitor.indexSetup());
		Map<String, Indicator> catalogue = new LinkedHashMap<>();
		monitor.indicators().forEach(indicator -> catalogue.put(indicator.key(), indicator));
		model.addAttribute("catalogue", catalogue);
		return "monitor/method";
	}

	@GetMapping("/wijkmonitor/{code}")
	String showMunicipality(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "niveau", required = false) @Nullable String level,
			@RequestParam(name = "sorteer", required = false) @Nullable String sort,
			@RequestParam(name = "richting", required = false) @Nullable String direction,
			@RequestParam(name = "pagina", defaultValue = "1") int page, @Nullable Authentication authentication,
			Model model) {
		MunicipalityReport report = new TableQuery(code, year, level, sort, direction, page).resolve(monitor);
		model.addAttribute("report", report);
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("mayUseNotes", access.mayUseNotes(authentication, code));
		return "monitor/municipality";
	}

	@GetMapping("/wijkmonitor/gebied/{code}")
	String showArea(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@Nullable Authentication authentication, Model model) {
		AreaCode areaCode = AreaCode.parse(code).orElseThrow(MonitorPages::notFound);
		AreaReport report = monitor.area(areaCode, year).orElseThrow(MonitorPages::notFound);
		model.addAttribute("report", report);
		model.addAttribute("charts", report.trends().stream().filter(trend -> trend.hasAnyValue()).map(TrendChart::of).toList());
		boolean notes = access.mayUseNotes(authentication, code);
		model.addAttribute("mayUseNotes", notes);
		if (notes) {
			model.addAttribute("notes", monitor.notesAbout(areaCode, NOTES_ON_PROFILE));
		}
		return "monitor/area";
	}

	@GetMapping("/wijkmonitor/vergelijk")
	String showComparison(@RequestParam(name = "gebied", required = false) @Nullable List<String> codes,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year, Model model) {
		List<AreaCode> areas = compared(codes);
		model.addAttribute("codes", areas);
		if (areas.size() >= 2) {
			model.addAttribute("comparison", monitor.compare(areas, year).orElse(null));
		}
		return "monitor/compare";
	}

	/** The distinct valid codes asked for, at most {@value #MAX_COMPARED}. */
	static List<AreaCode> compared(@Nullable List<String> codes) {
		LinkedHashSet<AreaCode> parsed = new LinkedHashSet<>();
		if (codes != null) {
			codes.stream()
				.flatMap(code -> java.util.Arrays.stream(code.split(",")))
				.map(AreaCode::parse)
				.flatMap(java.util.Optional::stream)
				.limit(MAX_COMPARED)
				.forEach(parsed::add);
		}
		return new ArrayList<>(parsed);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	static ComparisonReport comparisonOrNotFound(NeighbourhoodMonitor monitor, List<AreaCode> areas,
			@Nullable Integer year) {
		if (areas.size() < 2) {
			throw notFound();
		}
		return monitor.compare(areas, year).orElseThrow(MonitorPages::notFound);
	}

}
