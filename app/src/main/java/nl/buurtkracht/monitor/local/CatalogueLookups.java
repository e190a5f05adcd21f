// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.indicator.CbsIndicator;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.indicator.LocalIndicatorDefinition;
import nl.buurtkracht.monitor.indicator.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks an upload against the indicator catalogue and the areas the monitor knows per year. One instance
 * per upload: it remembers the years of every code it looked up.
 */
final class CatalogueLookups implements LocalValuesFile.Lookups {

	private final Map<String, LocalIndicatorDefinition> locals = new HashMap<>();

	private final Map<AreaCode, Set<Integer>> years = new HashMap<>();

	private final JdbcClient jdbc;

	CatalogueLookups(IndicatorCatalogue catalogue, JdbcClient jdbc) {
		catalogue.locals().forEach(local -> locals.put(local.key(), local));
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Unit> localIndicator(String key) {
		return Optional.ofNullable(locals.get(key)).map(LocalIndicatorDefinition::unit);
	}

	@Override
	public boolean isCbsIndicator(String key) {
		return CbsIndicator.isReserved(key);
	}

	@Override
	public List<String> localIndicators() {
		return locals.keySet().stream().sorted().toList();
	}

	@Override
	public Set<Integer> yearsOf(AreaCode code) {
		return years.computeIfAbsent(code, key -> new TreeSet<>(jdbc.sql("SELECT year FROM monitor_area WHERE code = :code")
			.param("code", key.value())
			.query(Integer.class)
			.list()));
	}

}
