// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.monitor.view.Trend;
import org.jspecify.annotations.Nullable;

/**
 * A small line chart of one indicator over the years, drawn on the server as SVG so that it needs no
 * JavaScript and no chart library. The vertical axis starts at 0 for values that cannot be negative, so a
 * small change does not look like a large one. A year without data is a gap in the line.
 */
record TrendChart(Trend trend, List<Dot> dots, List<Line> lines, BigDecimal low, BigDecimal high) {

	static final int WIDTH = 320;

	static final int HEIGHT = 160;

	static final int LEFT = 64;

	static final int RIGHT = 20;

	static final int TOP = 16;

	static final int BOTTOM = 136;

	/** A year on the chart; {@code y} is absent when there is no value. */
	record Dot(int year, double x, @Nullable Double y, @Nullable BigDecimal value, boolean boundaryChanged) {
	}

	record Line(double x1, double y1, double x2, double y2) {
	}

	static TrendChart of(Trend trend) {
		List<BigDecimal> values = trend.withValues().stream().map(Trend.Point::value).toList();
		BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		boolean fromZero = trend.indicator().unit() != Unit.SCORE && min.signum() >= 0;
		BigDecimal low = fromZero ? BigDecimal.ZERO : min;
		// A sixth of head room above the highest value leaves space for its label.
		BigDecimal span = max.compareTo(low) == 0 ? BigDecimal.ONE : max.subtract(low);
		BigDecimal high = max.add(span.divide(BigDecimal.valueOf(6), 6, RoundingMode.HALF_EVEN));
		List<Dot> dots = new ArrayList<>();
		List<Trend.Point> points = trend.points();
		for (int i = 0; i < points.size(); i++) {
			Trend.Point point = points.get(i);
			double x = points.size() == 1 ? (LEFT + WIDTH - RIGHT) / 2.0
					: LEFT + (WIDTH - RIGHT - LEFT) * (double) i / (points.size() - 1);
			Double y = point.value() == null ? null : y(point.value(), low, high);
			dots.add(new Dot(point.year(), round(x), y, point.value(), point.boundaryChanged()));
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < dots.size(); i++) {
			Dot from = dots.get(i - 1);
			Dot to = dots.get(i);
			if (from.y() != null && to.y() != null) {
				lines.add(new Line(from.x(), from.y(), to.x(), to.y()));
			}
		}
		return new TrendChart(trend, dots, lines, low, high);
	}

	private static double y(BigDecimal value, BigDecimal low, BigDecimal high) {
		double share = value.subtract(low).divide(high.subtract(low), 6, RoundingMode.HALF_EVEN).doubleValue();
		return round(BOTTOM - share * (BOTTOM - TOP));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public String id() {
		return "trend-" + trend.indicator().key();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int top() {
		return TOP;
	}

	public int bottom() {
		return BOTTOM;
	}

}
