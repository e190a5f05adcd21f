// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.Origin;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.monitor.settings.IndexSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSetupFormTests {

	static final List<Indicator> INDICATORS = List.of(indicator("bijstand", Direction.HIGHER_IS_WORSE),
			indicator("woz-waarde", Direction.HIGHER_IS_BETTER), indicator("inwoners", Direction.NEUTRAL));

	@Test
	void readsWeightsWithADecimalCommaAndLeavesEmptyDomainsOut() {
		Map<String, String> form = valid();
		form.put("weight-bijstand", "1,5");
		form.put("domain-woz-waarde", "");

		IndexSetup setup = IndexSetupForm.submitted(form).toSetup(INDICATORS);

		assertThat(setup).isNotNull();
		assertThat(setup.minimumCoverage()).isEqualByComparingTo("0.6");
		assertThat(setup.memberships()).singleElement().satisfies(membership -> {
			assertThat(membership.indicator()).isEqualTo("bijstand");
			assertThat(membership.weight()).isEqualByComparingTo("1.5");
		});
		assertThat(setup.domainWeights().get(Domain.DEBTS)).isEqualByComparingTo("0");
	}

	@Test
	void keepsAnErrorPerWrongField() {
		Map<String, String> form = valid();
		form.put("weight-bijstand", "0");
		form.put("weight-domain-WORK", "-1");
		form.put("coverage", "120");
		form.put("domain-inwoners", "WORK");
		IndexSetupForm submitted = IndexSetupForm.submitted(form);

		assertThat(submitted.toSetup(INDICATORS)).isNull();
		assertThat(submitted.errors()).containsOnlyKeys("weight-bijstand", "weight-domain-WORK", "coverage", "domain-inwoners");
		assertThat(submitted.errors().get("domain-inwoners")).isEqualTo("monitor.admin.index.error.neutral");
	}

	@Test
	void refusesMoreThanTwoDecimals() {
		Map<String, String> form = valid();
		form.put("weight-bijstand", "1.005");

		IndexSetupForm submitted = IndexSetupForm.submitted(form);

		assertThat(submitted.toSetup(INDICATORS)).isNull();
		assertThat(submitted.hasError("weight-bijstand")).isTrue();
	}

	private static Map<String, String> valid() {
		Map<String, String> form = new HashMap<>();
		form.put("coverage", "60");
		for (Domain domain : Domain.values()) {
			form.put("weight-domain-" + domain.name(), domain == Domain.DEBTS ? "0" : "1");
		}
		form.put("domain-bijstand", "WORK");
		form.put("weight-bijstand", "1");
		form.put("domain-woz-waarde", "HOUSING");
		form.put("weight-woz-waarde", "1");
		form.put("domain-inwoners", "");
		return form;
	}

	private static Indicator indicator(String key, Direction direction) {
		return new Indicator(key, key, key, Unit.COUNT, direction, "CBS", "CBS", Origin.CBS, 0, "", "");
	}

}
