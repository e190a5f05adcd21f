// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.refresh.IndexRun;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the monitor's pages together from the read model: the gemeente view, the area profile, the
 * comparison, and the statement of what the index is made of.
 */
@Component
public class MonitorReports {

	public static final int RANKING_SIZE = 10;

	/** The change code CBS gives an area whose boundary changed since the year before. */
	private static final String BOUNDARY_CHANGED = "3";

	private final MonitorViews views;

	private final IndicatorCatalogue catalogue;

	private final AreaCatalogue areas;

	MonitorReports(MonitorViews views, IndicatorCatalogue catalogue, AreaCatalogue areas) {
		this.views = views;
		this.catalogue = catalogue;
		this.areas = areas;
	}

	public Optional<MunicipalityReport> municipality(AreaCode code, @Nullable Integer year, AreaLevel level,
			TableSort sort, boolean descending, int page, int size) {
		List<Integer> years = views.years(code);
		int chosen = year == null && !years.isEmpty() ? years.get(0) : year == null ? -1 : year;
		return views.area(code, chosen).filter(area -> area.level() == AreaLevel.MUNICIPALITY).map(municipality -> {
			Map<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
			counts.put(AreaLevel.DISTRICT, views.count(code, chosen, AreaLevel.DISTRICT));
			counts.put(AreaLevel.NEIGHBOURHOOD, views.count(code, chosen, AreaLevel.NEIGHBOURHOOD));
			return new MunicipalityReport(municipality, chosen, years, level, counts,
					views.table(code, chosen, level, sort, descending, page, size), sort, descending,
					views.ranking(code, chosen, level, RANKING_SIZE), views.row(code, chosen).orElse(null),
					statement(chosen, level, code).orElse(null), views.classCounts(code, chosen, level));
		});
	}

	/** What the index of a level in a year was made of; {@code here} adds the missing values in that gemeente. */
	public Optional<IndexStatement> statement(int year, AreaLevel level, @Nullable AreaCode here) {
		return views.run(year).flatMap(run -> Optional.ofNullable(run.levels().get(level)).map(summary -> {
			List<String> keys = run.configuration()
				.domains()
				.stream()
				.flatMap(domain -> domain.indicators().stream().map(IndexRun.UsedIndicator::indicator))
				.toList();
			Map<String, Integer> missingHere = here == null ? Map.of() : views.missingIn(here, year, level, keys);
			List<String> order = catalogue.all().stream().map(Indicator::key).toList();
			List<IndexStatement.StatedDomain> domains = new ArrayList<>();
			for (IndexRun.UsedDomain used : run.configuration().domains()) {
				List<IndexStatement.StatedIndicator> indicators = used.indicators()
					.stream()
					.sorted(java.util.Comparator.comparingInt(indicator -> position(order, indicator.indicator())))
					.map(indicator -> new IndexStatement.StatedIndicator(indicator.indicator(),
							catalogue.find(indicator.indicator()).orElse(null), indicator.weight(),
							summary.valueCounts().getOrDefault(indicator.indicator(), 0),
							summary.missing(indicator.indicator()),
							here == null ? null : missingHere.get(indicator.indicator())))
					.toList();
				domains.add(new IndexStatement.StatedDomain(used.domain(), used.weight(),
						summary.measuredDomains().contains(used.domain()), indicators));
			}
			return new IndexStatement(year, level, run.version(), run.computedAt(),
					run.configuration().minimumCoverage(), domains, summary.areas(), summary.municipalities(),
					summary.withComposite());
		}));
	}

	public Optional<AreaReport> area(AreaCode code, @Nullable Integer year) {
		List<Integer> years = views.years(code);
		if (years.isEmpty()) {
			return Optional.empty();
		}
		int chosen = year == null ? years.get(0) : year;
		return views.area(code, chosen).map(area -> {
			Optional<IndexStatement> statement = statement(chosen, area.level(), area.municipality());
			Map<String, Domain> domains = domainsOf(statement);
			return new AreaReport(area, ancestors(area), chosen, years, views.row(code, chosen).orElse(null),
					readings(area, domains), trends(code, years), views.history(code), statement.orElse(null));
		});
	}

	/**
	 * The areas side by side in the year, or in the newest year all of them have.
	 * @return empty when they have no year in common
	 */
	public Optional<ComparisonReport> compare(List<AreaCode> codes, @Nullable Integer year) {
		Optional<Integer> common = year != null ? Optional.of(year) : commonYear(codes);
		return common.flatMap(chosen -> {
			List<AreaEntry> entries = new ArrayList<>();
			for (AreaCode code : codes) {
				Optional<AreaEntry> entry = views.area(code, chosen);
				if (entry.isEmpty()) {
					return Optional.empty();
				}
				entries.add(entry.get());
			}
			List<@Nullable IndexRow> scores = new ArrayList<>();
			List<Map<String, StoredValue>> values = new ArrayList<>();
			for (AreaCode code : codes) {
				scores.add(views.row(code, chosen).orElse(null));
				values.add(views.values(code, chosen));
			}
			List<ComparisonReport.Row> rows = new ArrayList<>();
			for (Indicator indicator : catalogue.all()) {
				List<@Nullable BigDecimal> row = new ArrayList<>();
				values.forEach(byIndicator -> {
					StoredValue value = byIndicator.get(indicator.key());
					row.add(value == null ? null : value.value());
				});
				rows.add(new ComparisonReport.Row(indicator, row));
			}
			List<IndexStatement> statements = entries.stream()
				.map(AreaEntry::level)
				.distinct()
				.sorted()
				.flatMap(level -> statement(chosen, level, null).stream())
				.toList();
			return Optional.of(new ComparisonReport(chosen, entries, scores, rows, statements));
		});
	}

	/** Catalogue order; an indicator no longer in the catalogue goes last. */
	private static int position(List<String> order, String key) {
		int index = order.indexOf(key);
		return index < 0 ? order.size() : index;
	}

	private Optional<Integer> commonYear(List<AreaCode> codes) {
		List<Integer> common = null;
		for (AreaCode code : codes) {
			List<Integer> years = views.years(code);
			if (common == null) {
				common = new ArrayList<>(years);
			}
			else {
				common.retainAll(years);
			}
		}
		return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common.get(0));
	}

	private List<AreaEntry> ancestors(AreaEntry area) {
		List<AreaEntry> ancestors = new ArrayList<>();
		if (area.level() != AreaLevel.MUNICIPALITY) {
			views.area(area.municipality(), area.year()).ifPresent(ancestors::add);
		}
		if (area.level() == AreaLevel.NEIGHBOURHOOD && area.parent() != null) {
			views.area(area.parent(), area.year()).ifPresent(ancestors::add);
		}
		return ancestors;
	}

	private static Map<String, Domain> domainsOf(Optional<IndexStatement> statement) {
		Map<String, Domain> domains = new HashMap<>();
		statement.ifPresent(stated -> stated.domains()
			.forEach(domain -> domain.indicators().forEach(indicator -> domains.put(indicator.key(), domain.domain()))));
		return domains;
	}

	/** Every indicator: the index's by domain in their order, then the others in catalogue order. */
	private List<Reading> readings(AreaEntry area, Map<String, Domain> domains) {
		Map<String, StoredValue> values = views.values(area.code(), area.year());
		Map<String, StoredValue> municipal = area.level() == AreaLevel.MUNICIPALITY ? values
				: views.values(area.municipality(), area.year());
		Map<String, ReferenceValue> references = views.references(area.year(), area.level());
		Map<String, BigDecimal> percentiles = views.percentiles(area.code(), area.year());
		List<Reading> readings = new ArrayList<>();
		for (Indicator indicator : catalogue.all()) {
			StoredValue value = values.get(indicator.key());
			StoredValue municipality = municipal.get(indicator.key());
			ReferenceValue reference = references.get(indicator.key());
			readings.add(new Reading(indicator, value == null ? null : value.value(),
					value == null ? indicator.referenceYear(area.year()) : value.referenceYear(),
					municipality == null ? null : municipality.value(), reference == null ? null : reference.median(),
					reference == null ? 0 : reference.areas(), percentiles.get(indicator.key()),
					domains.get(indicator.key())));
		}
		readings.sort(java.util.Comparator.comparingInt((Reading reading) -> reading.domain() == null
				? Domain.values().length : reading.domain().ordinal()));
		return readings;
	}

	private List<Trend> trends(AreaCode code, List<Integer> newestFirst) {
		Map<String, Map<Integer, StoredValue>> series = views.series(code);
		Map<Integer, Boolean> changed = new HashMap<>();
		for (int year : newestFirst) {
			changed.put(year, areas.find(code, year).map(Area::changeCode).filter(BOUNDARY_CHANGED::equals).isPresent());
		}
		List<Trend> trends = new ArrayList<>();
		for (Indicator indicator : catalogue.all()) {
			Map<Integer, StoredValue> byYear = series.get(indicator.key());
			if (byYear == null) {
				continue;
			}
			List<Trend.Point> points = new ArrayList<>();
			for (int i = newestFirst.size() - 1; i >= 0; i--) {
				int year = newestFirst.get(i);
				StoredValue value = byYear.get(year);
				points.add(new Trend.Point(year, value == null ? indicator.referenceYear(year) : value.referenceYear(),
						value == null ? null : value.value(), changed.get(year)));
			}
			trends.add(new Trend(indicator, points));
		}
		return trends;
	}

}
