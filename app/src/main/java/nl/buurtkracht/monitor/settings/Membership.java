// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import java.math.BigDecimal;

import nl.buurtkracht.monitor.index.Domain;

/**
 * An indicator's place in the index: its domain and its weight within that domain (more than 0).
 */
public record Membership(String indicator, Domain domain, BigDecimal weight) {

	public Membership {
		if (weight.signum() <= 0) {
			throw new IllegalArgumentException("weight must be more than 0");
		}
	}

}
