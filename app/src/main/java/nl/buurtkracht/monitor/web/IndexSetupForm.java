// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.settings.IndexSetup;
import nl.buurtkracht.monitor.settings.Membership;
import org.jspecify.annotations.Nullable;

/**
 * The index set-up as the administrator's form sends it: {@code weight-domain-INCOME}, {@code domain-<indicator>}
 * (empty: not in the index), {@code weight-<indicator>} and {@code coverage} (a percentage). Numbers may have
 * a decimal comma. Errors are kept per field, as message keys.
 */
final class IndexSetupForm {

	static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

	private final Map<String, String> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private IndexSetupForm(Map<String, String> values) {
		this.values = values;
	}

	static IndexSetupForm of(IndexSetup setup, List<Indicator> indicators) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("coverage", setup.minimumCoverage().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString());
		setup.domainWeights().forEach((domain, weight) -> values.put("weight-domain-" + domain.name(), plain(weight)));
		for (Indicator indicator : indicators) {
			setup.membership(indicator.key()).ifPresentOrElse(membership -> {
				values.put("domain-" + indicator.key(), membership.domain().name());
				values.put("weight-" + indicator.key(), plain(membership.weight()));
			}, () -> {
				values.put("domain-" + indicator.key(), "");
				values.put("weight-" + indicator.key(), "1");
			});
		}
		return new IndexSetupForm(values);
	}

	static IndexSetupForm submitted(Map<String, String> parameters) {
		return new IndexSetupForm(new LinkedHashMap<>(parameters));
	}

	/** The set-up the form describes, or {@code null} when a field is wrong (see {@link #errors()}). */
	@Nullable IndexSetup toSetup(List<Indicator> indicators) {
		BigDecimal coverage = number("coverage", BigDecimal.valueOf(100), true, "monitor.admin.index.error.coverage");
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			weights.put(domain, number("weight-domain-" + domain.name(), MAX_WEIGHT, true, "monitor.admin.index.error.weight-zero"));
		}
		List<Membership> memberships = new ArrayList<>();
		for (Indicator indicator : indicators) {
			String chosen = value("domain-" + indicator.key());
			if (chosen.isEmpty()) {
				continue;
			}
			Domain domain = domain(chosen);
			if (domain == null) {
				errors.put("domain-" + indicator.key(), "monitor.admin.index.error.domain");
				continue;
			}
			if (!indicator.direction().isDirected()) {
				errors.put("domain-" + indicator.key(), "monitor.admin.index.error.neutral");
				continue;
			}
			BigDecimal weight = number("weight-" + indicator.key(), MAX_WEIGHT, false, "monitor.admin.index.error.weight");
			if (weight != null) {
				memberships.add(new Membership(indicator.key(), domain, weight));
			}
		}
		if (!errors.isEmpty() || coverage == null || weights.containsValue(null)) {
			return null;
		}
		return new IndexSetup(0, coverage.movePointLeft(2), weights, memberships);
	}

	/** Field → message key of what is wrong with it. */
	public Map<String, String> errors() {
		return errors;
	}

	public String value(String field) {
		String value = values.get(field);
		return value == null ? "" : value.strip();
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}

	/** A number from 0 (or just above it) to {@code max} with at most two decimals; else the error is kept. */
	private @Nullable BigDecimal number(String field, BigDecimal max, boolean zeroAllowed, String message) {
		BigDecimal number;
		try {
			number = new BigDecimal(value(field).replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put(field, message);
			return null;
		}
		boolean tooLow = zeroAllowed ? number.signum() < 0 : number.signum() <= 0;
		if (tooLow || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > 2) {
			errors.put(field, message);
			return null;
		}
		return number;
	}

	private static @Nullable Domain domain(String name) {
		for (Domain domain : Domain.values()) {
			if (domain.name().equals(name)) {
				return domain;
			}
		}
		return null;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
