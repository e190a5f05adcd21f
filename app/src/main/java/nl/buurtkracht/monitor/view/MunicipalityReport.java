// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.util.List;
import java.util.Map;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;

/**
 * The gemeente view: its wijken or buurten with their index in one year, sorted and a page at a time, the
 * most vulnerable ones, and what the index is made of.
 *
 * @param counts how many wijken and buurten the gemeente has in the year
 * @param own the gemeente itself among all gemeenten in the monitor
 * @param statement {@code null} when no index was computed for the year
 * @param classCounts areas per class 1 to 5; index 0 counts the areas without a composite
 */
public record MunicipalityReport(AreaEntry municipality, int year, List<Integer> years, AreaLevel level,
		Map<AreaLevel, Integer> counts, Page<IndexRow> table, TableSort sort, boolean descending,
		List<IndexRow> ranking, @Nullable IndexRow own, @Nullable IndexStatement statement, int[] classCounts) {

	public MunicipalityReport {
		years = List.copyOf(years);
		counts = Map.copyOf(counts);
		ranking = List.copyOf(ranking);
	}

	public int count(AreaLevel countedLevel) {
		return counts.getOrDefault(countedLevel, 0);
	}

	/** The domain columns worth showing: those measured this year, or all five without an index. */
	public List<nl.buurtkracht.monitor.index.Domain> domains() {
		return statement == null ? List.of(nl.buurtkracht.monitor.index.Domain.values()) : statement.measured();
	}

	public int withoutComposite() {
		return classCounts[0];
	}

	public int inClass(int fifth) {
		return classCounts[fifth];
	}

}
