// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.view.AreaEntry;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.DomainCell;
import nl.buurtkracht.monitor.view.IndexRow;
import nl.buurtkracht.monitor.view.IndexStatement;
import nl.buurtkracht.monitor.view.Reading;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the monitor API. Missing values are {@code null} with {@code "available": false}, never 0;
 * scores run from 0 to 100, higher is more vulnerable.
 */
final class ApiResources {

	static final String ATTRIBUTION = "Bron: CBS (CC BY 4.0); lokale indicatoren: bron per indicator";

	private ApiResources() {
	}

	/** GET /api/v1/areas/{code}/indicators. */
	/**
	 * @param indexConfiguration the indicators, weights and missing values the index was computed with
	 */
	record AreaIndicators(String code, String name, String level, int year, List<Integer> years,
			AreaReference municipality, @Nullable IndexScore index, @Nullable Configuration indexConfiguration,
			int missingValues, List<IndicatorValue> indicators, String source) {

		static AreaIndicators of(AreaReport report) {
			AreaEntry area = report.area();
			List<IndicatorValue> values = report.readings().stream().map(IndicatorValue::of).toList();
			return new AreaIndicators(area.code().value(), area.name(), ApiResources.level(area.level()), report.year(),
					report.years(), new AreaReference(area.municipality().value(), area.municipalityName()),
					report.score() == null ? null : IndexScore.of(report.score()),
					report.statement() == null ? null : Configuration.of(report.statement()),
					(int) report.missingReadings(), values, ATTRIBUTION);
		}

	}

	record AreaReference(String code, String name) {
	}

	/**
	 * @param available false when there is no value: suppressed by CBS, or not delivered
	 * @param referenceYear the year the value is about (income: two years before {@code year})
	 * @param referenceMedian the median over all areas of the same level and year with a value
	 * @param percentile where the value stands (higher is more vulnerable), for indicators in the index
	 */
	record IndicatorValue(String key, String name, String nameEn, String unit, String direction, boolean available,
			@Nullable BigDecimal value, int referenceYear, @Nullable BigDecimal municipalityValue,
			@Nullable BigDecimal referenceMedian, int referenceAreas, @Nullable BigDecimal percentile,
			@Nullable String domain, String origin, String source) {

		static IndicatorValue of(Reading reading) {
			Indicator indicator = reading.indicator();
			return new IndicatorValue(indicator.key(), indicator.nameNl(), indicator.nameEn(), ApiResources.unit(indicator),
					indicator.direction().name(), reading.hasValue(), reading.value(), reading.referenceYear(),
					reading.municipalityValue(), reading.referenceMedian(), reading.referenceCount(), reading.percentile(),
					reading.domain() == null ? null : reading.domain().name(), indicator.origin().name(),
					indicator.source(Locale.forLanguageTag("nl")));
		}

	}

	/**
	 * @param compositeClass 1 (least vulnerable fifth) to 5 (most vulnerable fifth)
	 * @param rank 1 is the most vulnerable area of the level in the year
	 */
	record IndexScore(@Nullable BigDecimal composite, @Nullable Integer compositeClass, @Nullable Integer rank,
			int stackingCount, List<String> stackedDomains, int domainsScored, int domainsMeasured, int indicatorsUsed,
			int indicatorsMissing, Map<String, DomainValue> domains) {

		static IndexScore of(IndexRow row) {
			Map<String, DomainValue> domains = new LinkedHashMap<>();
			for (DomainCell cell : row.domains()) {
				domains.put(cell.domain().name(), new DomainValue(cell.hasScore(), cell.score(), cell.percentile(),
						cell.worstFifth(), cell.indicatorsUsed(), cell.indicatorsMissing()));
			}
			return new IndexScore(row.composite(), row.compositeClass(), row.compositeRank(), row.stackingCount(),
					row.stackedDomains().stream().map(Domain::name).toList(), row.domainsScored(), row.domainsMeasured(),
					row.indicatorsUsed(), row.indicatorsMissing(), domains);
		}

	}

	record DomainValue(boolean available, @Nullable BigDecimal score, @Nullable BigDecimal percentile,
			boolean worstFifth, int indicatorsUsed, int indicatorsMissing) {
	}

	/** GET /api/v1/monitor/{gemeenteCode}/index. */
	record MunicipalityIndex(AreaReference municipality, int year, String level, Configuration configuration,
			Reference reference, List<AreaIndex> areas, String source) {
	}

	record Reference(int areas, int municipalities, int withComposite) {
	}

	record Configuration(int version, Instant computedAt, BigDecimal minimumCoverage, List<ConfiguredDomain> domains) {

		static Configuration of(IndexStatement statement) {
			return new Configuration(statement.version(), statement.computedAt(), statement.minimumCoverage(),
					statement.domains().stream().map(ConfiguredDomain::of).toList());
		}

	}

	record ConfiguredDomain(String domain, BigDecimal weight, boolean measured, List<ConfiguredIndicator> indicators) {

		static ConfiguredDomain of(IndexStatement.StatedDomain domain) {
			return new ConfiguredDomain(domain.domain().name(), domain.weight(), domain.measured(),
					domain.indicators().stream().map(ConfiguredIndicator::of).toList());
		}

	}

	/**
	 * @param missingInReference areas of the level in the year without a value
	 * @param missingInMunicipality areas of this gemeente without a value
	 */
	record ConfiguredIndicator(String key, BigDecimal weight, int values, int missingInReference,
			@Nullable Integer missingInMunicipality) {

		static ConfiguredIndicator of(IndexStatement.StatedIndicator indicator) {
			return new ConfiguredIndicator(indicator.key(), indicator.weight(), indicator.values(),
					indicator.missingInReference(), indicator.missingHere());
		}

	}

	record AreaIndex(String code, String name, @Nullable BigDecimal inhabitants, boolean smallArea, IndexScore index) {

		static AreaIndex of(IndexRow row) {
			return new AreaIndex(row.code().value(), row.name(), row.inhabitants(), row.isSmall(), IndexScore.of(row));
		}

	}

	/** GET /api/v1/monitor/indicators. */
	record CatalogueEntry(String key, String name, String nameEn, String unit, String direction, String origin,
			int referenceLag, String source, String definition) {

		static CatalogueEntry of(Indicator indicator) {
			Locale dutch = Locale.forLanguageTag("nl");
			return new CatalogueEntry(indicator.key(), indicator.nameNl(), indicator.nameEn(), ApiResources.unit(indicator),
					indicator.direction().name(), indicator.origin().name(), indicator.referenceLag(),
					indicator.source(dutch), indicator.definition(dutch));
		}

	}

	static String level(AreaLevel level) {
		return switch (level) {
			case MUNICIPALITY -> "municipality";
			case DISTRICT -> "district";
			case NEIGHBOURHOOD -> "neighbourhood";
		};
	}

	static String unit(Indicator indicator) {
		return indicator.unit().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
