// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.index.IndexConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSettingsTests {

	@Test
	void recordsEveryChangedWeightDomainAndTheCoverage() {
		IndexSetup before = setup("0.6", BigDecimal.ONE, List.of(new Membership("bijstand", Domain.WORK, BigDecimal.ONE),
				new Membership("ww", Domain.WORK, BigDecimal.ONE)));
		IndexSetup after = setup("0.5", new BigDecimal("2"), List.of(new Membership("bijstand", Domain.INCOME, new BigDecimal("1.5")),
				new Membership("eenzaamheid", Domain.HEALTH, BigDecimal.ONE)));

		List<AuditChange> changes = IndexSettings.differences(before, after);

		assertThat(changes).contains(new AuditChange("index", "minimumCoverage", "0.6", "0.5"),
				new AuditChange("WORK", "weight", "1", "2"), new AuditChange("bijstand", "domain", "WORK", "INCOME"),
				new AuditChange("bijstand", "weight", "1", "1.5"), new AuditChange("ww", "domain", "WORK", null),
				new AuditChange("eenzaamheid", "domain", null, "HEALTH"));
	}

	@Test
	void findsNoChangeInTheSameValuesWrittenDifferently() {
		IndexSetup one = setup("0.6", BigDecimal.ONE, List.of(new Membership("bijstand", Domain.WORK, BigDecimal.ONE)));
		IndexSetup same = setup("0.60", new BigDecimal("1.0"), List.of(new Membership("bijstand", Domain.WORK, new BigDecimal("1.00"))));

		assertThat(IndexSettings.differences(one, same)).isEmpty();
	}

	@Test
	void leavesMembersWithoutADirectionOrIndicatorOutOfTheConfiguration() {
		IndexSetup setup = setup("0.6", BigDecimal.ONE, List.of(new Membership("bijstand", Domain.WORK, BigDecimal.ONE),
				new Membership("inwoners", Domain.WORK, BigDecimal.ONE), new Membership("verdwenen", Domain.DEBTS, BigDecimal.ONE)));

		IndexConfiguration configuration = setup.configuration(key -> switch (key) {
			case "bijstand" -> Optional.of(Direction.HIGHER_IS_WORSE);
			case "inwoners" -> Optional.of(Direction.NEUTRAL);
			default -> Optional.empty();
		});

		assertThat(configuration.members()).extracting(member -> member.indicator()).containsExactly("bijstand");
	}

	private static IndexSetup setup(String coverage, BigDecimal workWeight, List<Membership> memberships) {
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			weights.put(domain, domain == Domain.WORK ? workWeight : BigDecimal.ONE);
		}
		return new IndexSetup(1, new BigDecimal(coverage), weights, memberships);
	}

}
