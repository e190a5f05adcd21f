// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nl.buurtkracht.monitor.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of one area over every year the monitor has the area.
 */
public record Trend(Indicator indicator, List<Point> points) {

	public Trend {
		points = List.copyOf(points);
	}

	/**
	 * @param value {@code null}: no data that year
	 * @param boundaryChanged CBS reports a new boundary this year, so the value is not comparable to earlier ones
	 */
	public record Point(int year, int referenceYear, @Nullable BigDecimal value, boolean boundaryChanged) {
	}

	public List<Point> withValues() {
		return points.stream().filter(point -> point.value() != null).toList();
	}

	/** The change from the first to the last year with a value, when there are two such years. */
	public Optional<Change> change() {
		List<Point> known = withValues();
		if (known.size() < 2) {
			return Optional.empty();
		}
		Point first = known.get(0);
		Point last = known.get(known.size() - 1);
		boolean broken = known.stream().skip(1).anyMatch(Point::boundaryChanged);
		return Optional.of(new Change(first, last, last.value().subtract(first.value()), broken));
	}

	/** From the first to the last known value; {@code boundaryChanged} when a boundary changed in between. */
	public record Change(Point first, Point last, BigDecimal difference, boolean boundaryChanged) {

	}

	public boolean hasAnyValue() {
		return !withValues().isEmpty();
	}

}
