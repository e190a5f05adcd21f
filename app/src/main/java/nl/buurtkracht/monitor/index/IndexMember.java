// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator that counts in the index: the domain it belongs to and its weight within that domain.
 *
 * @param indicator the indicator's key, for example {@code laag-inkomen}
 * @param direction which way the indicator points; a neutral indicator cannot be a member
 * @param weight more than 0; the domain score is the mean of its indicators weighted by this
 */
public record IndexMember(String indicator, Domain domain, BigDecimal weight, Direction direction) {

	public IndexMember {
		Objects.requireNonNull(indicator, "indicator");
		if (weight.signum() <= 0) {
			throw new IllegalArgumentException("The weight of " + indicator + " must be more than 0");
		}
		if (!direction.isDirected()) {
			throw new IllegalArgumentException(indicator + " has no direction and cannot be part of the index");
		}
	}

}
