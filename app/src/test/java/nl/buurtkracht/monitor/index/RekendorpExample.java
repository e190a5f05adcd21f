// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worked example of {@code docs/monitor-index.md}: the six buurten of the made-up gemeente Rekendorp,
 * with the values the documentation computes by hand. The same numbers are in the CBS test file
 * {@code monitor/rekendorp-2061.csv}; bijstand there is a count per 1,000 inhabitants aged 15–64, so the
 * rates below are what the monitor derives from it.
 */
final class RekendorpExample {

	static final List<IndexMember> MEMBERS = List.of(member("laag-inkomen", Domain.INCOME, Direction.HIGHER_IS_WORSE),
			member("sociaal-minimum", Domain.INCOME, Direction.HIGHER_IS_WORSE),
			member("bijstand", Domain.WORK, Direction.HIGHER_IS_WORSE),
			member("ww", Domain.WORK, Direction.HIGHER_IS_WORSE), member("ao", Domain.WORK, Direction.HIGHER_IS_WORSE),
			member("problematische-schulden", Domain.DEBTS, Direction.HIGHER_IS_WORSE),
			member("eenzaamheid", Domain.HEALTH, Direction.HIGHER_IS_WORSE),
			member("corporatiewoningen", Domain.HOUSING, Direction.HIGHER_IS_WORSE),
			member("woz-waarde", Domain.HOUSING, Direction.HIGHER_IS_BETTER));

	static final List<AreaValues> NEIGHBOURHOODS = List.of(
			area("A", "10", "8", "30", "60", "200", "40"),
			area("B", "20", "12", "50", "40", "250", "30"),
			area("C", "20", "6", "10", "20", "400", "20"),
			area("D", "5", "4", null, "80", "150", null),
			area("E", null, null, "40", "10", "300", "50"),
			area("F", null, null, null, null, null, null));

	private RekendorpExample() {
	}

	static IndexConfiguration configuration() {
		return IndexConfiguration.equalDomains(MEMBERS);
	}

	private static IndexMember member(String key, Domain domain, Direction direction) {
		return new IndexMember(key, domain, BigDecimal.ONE, direction);
	}

	private static AreaValues area(String code, String lowIncome, String socialMinimum, String assistance,
			String corporation, String woz, String lonely) {
		Map<String, BigDecimal> values = new HashMap<>();
		put(values, "laag-inkomen", lowIncome);
		put(values, "sociaal-minimum", socialMinimum);
		put(values, "bijstand", assistance);
		put(values, "corporatiewoningen", corporation);
		put(values, "woz-waarde", woz);
		put(values, "eenzaamheid", lonely);
		return new AreaValues(code, values);
	}

	private static void put(Map<String, BigDecimal> values, String key, String value) {
		if (value != null) {
			values.put(key, new BigDecimal(value));
		}
	}

}
