// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.view.AreaEntry;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.ComparisonReport;
import nl.buurtkracht.monitor.view.DomainCell;
import nl.buurtkracht.monitor.view.IndexRow;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import nl.buurtkracht.monitor.view.Reading;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV downloads of what the public pages show: the gemeente table (every row, in the order on screen),
 * an area profile's indicators, and a comparison. Missing values are empty fields, never 0.
 */
@Controller
@PreAuthorize("permitAll()")
class MonitorExports {

	private final NeighbourhoodMonitor monitor;

	private final MonitorFormat format;

	private final MessageSource messages;

	MonitorExports(NeighbourhoodMonitor monitor, MonitorFormat format, MessageSource messages) {
		this.monitor = monitor;
		this.format = format;
		this.messages = messages;
	}

	@GetMapping("/wijkmonitor/{code}/export.csv")
	ResponseEntity<byte[]> exportMunicipality(@PathVariable String code,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "niveau", required = false) @Nullable String level,
			@RequestParam(name = "sorteer", required = false) @Nullable String sort,
			@RequestParam(name = "richting", required = false) @Nullable String direction) {
		MunicipalityReport report = new TableQuery(code, year, level, sort, direction, 1).resolve(monitor);
		CsvFile csv = new CsvFile();
		List<@Nullable String> header = new ArrayList<>(List.of(text("monitor.csv.code"), text("monitor.csv.name"),
				text("monitor.csv.year"), text("monitor.csv.inhabitants"), text("monitor.csv.composite"),
				text("monitor.csv.class"), text("monitor.csv.rank"), text("monitor.csv.stacking"),
				text("monitor.csv.domains-scored"), text("monitor.csv.domains-measured")));
		for (Domain domain : Domain.values()) {
			header.add(text("monitor.domain." + domain.name()));
		}
		header.add(text("monitor.csv.indicators-used"));
		header.add(text("monitor.csv.indicators-missing"));
		csv.row(header);
		for (IndexRow row : monitor.table(report.municipality().code(), report.year(), report.level(), report.sort(),
				report.descending())) {
			List<@Nullable String> fields = new ArrayList<>(List.of(row.code().value(), row.name(),
					Integer.toString(report.year()), format.plain(row.inhabitants(), 0), format.plain(row.composite(), 4),
					number(row.compositeClass()), number(row.compositeRank()), Integer.toString(row.stackingCount()),
					Integer.toString(row.domainsScored()), Integer.toString(row.domainsMeasured())));
			for (DomainCell cell : row.domains()) {
				fields.add(format.plain(cell.score(), 4));
			}
			fields.add(Integer.toString(row.indicatorsUsed()));
			fields.add(Integer.toString(row.indicatorsMissing()));
			csv.row(fields);
		}
		return csv.download("wijkmonitor-" + report.municipality().code().value() + "-" + report.year() + "-"
				+ MonitorLinks.levelParameter(report.level()) + ".csv");
	}

	@GetMapping("/wijkmonitor/gebied/{code}/export.csv")
	ResponseEntity<byte[]> exportArea(@PathVariable String code,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year) {
		AreaCode areaCode = AreaCode.parse(code).orElseThrow(MonitorPages::notFound);
		AreaReport report = monitor.area(areaCode, year).orElseThrow(MonitorPages::notFound);
		Locale locale = MonitorFormat.locale();
		CsvFile csv = new CsvFile().row(List.of(text("monitor.csv.code"), text("monitor.csv.name"),
				text("monitor.csv.year"), text("monitor.csv.indicator"), text("monitor.csv.indicator-name"),
				text("monitor.csv.value"), text("monitor.csv.unit"), text("monitor.csv.reference-year"),
				text("monitor.csv.municipality-value"), text("monitor.csv.reference-median"),
				text("monitor.csv.reference-count"), text("monitor.csv.percentile"), text("monitor.csv.domain"),
				text("monitor.csv.source")));
		for (Reading reading : report.readings()) {
			csv.row(java.util.Arrays.asList(report.area().code().value(), report.area().name(),
					Integer.toString(report.year()), reading.indicator().key(), reading.indicator().name(locale),
					format.plain(reading.value(), 4), text("monitor.unit.name." + reading.indicator().unit().name()),
					Integer.toString(reading.referenceYear()), format.plain(reading.municipalityValue(), 4),
					format.plain(reading.referenceMedian(), 4), Integer.toString(reading.referenceCount()),
					format.plain(reading.percentile(), 4),
					reading.domain() == null ? "" : text("monitor.domain." + reading.domain().name()),
					reading.indicator().source(locale)));
		}
		return csv.download("wijkmonitor-" + report.area().code().value() + "-" + report.year() + ".csv");
	}

	@GetMapping("/wijkmonitor/vergelijk/export.csv")
	ResponseEntity<byte[]> exportComparison(@RequestParam(name = "gebied", required = false) @Nullable List<String> codes,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year) {
		ComparisonReport comparison = MonitorPages.comparisonOrNotFound(monitor, MonitorPages.compared(codes), year);
		Locale locale = MonitorFormat.locale();
		CsvFile csv = new CsvFile();
		List<@Nullable String> header = new ArrayList<>(List.of(text("monitor.csv.indicator"),
				text("monitor.csv.indicator-name"), text("monitor.csv.unit")));
		comparison.areas().forEach(area -> header.add(area.name() + " (" + area.code().value() + ")"));
		csv.row(header);
		List<@Nullable String> composite = new ArrayList<>(List.of("index", text("monitor.csv.composite"), ""));
		List<@Nullable String> stacking = new ArrayList<>(List.of("stapeling", text("monitor.csv.stacking"), ""));
		for (IndexRow score : comparison.scores()) {
			composite.add(score == null ? "" : format.plain(score.composite(), 4));
			stacking.add(score == null ? "" : Integer.toString(score.stackingCount()));
		}
		csv.row(composite).row(stacking);
		for (ComparisonReport.Row row : comparison.rows()) {
			List<@Nullable String> fields = new ArrayList<>(List.of(row.indicator().key(), row.indicator().name(locale),
					text("monitor.unit.name." + row.indicator().unit().name())));
			row.values().forEach(value -> fields.add(format.plain(value, 4)));
			csv.row(fields);
		}
		String codesPart = String.join("-", comparison.areas().stream().map(AreaEntry::code).map(AreaCode::value).toList());
		return csv.download("wijkmonitor-vergelijking-" + comparison.year() + "-" + codesPart + ".csv");
	}

	private String text(String key) {
		return messages.getMessage(key, null, MonitorFormat.locale());
	}

	private static String number(@Nullable Integer value) {
		return value == null ? "" : value.toString();
	}

}
