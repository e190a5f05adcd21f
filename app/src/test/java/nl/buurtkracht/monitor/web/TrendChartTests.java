// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.math.BigDecimal;
import java.util.List;

import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.Origin;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.monitor.view.Trend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTests {

	@Test
	void startsTheAxisAtZeroAndLeavesRoomAboveTheHighestValue() {
		TrendChart chart = TrendChart.of(trend(Unit.PERCENT, "13.7", "12.8"));

		assertThat(chart.low()).isEqualByComparingTo("0");
		assertThat(chart.high()).isGreaterThan(new BigDecimal("13.7"));
		assertThat(chart.dots()).extracting(TrendChart.Dot::x).containsExactly((double) TrendChart.LEFT,
				(double) TrendChart.WIDTH - TrendChart.RIGHT);
		assertThat(chart.dots().get(0).y()).isGreaterThan((double) TrendChart.TOP).isLessThan(chart.dots().get(1).y() + 10);
		assertThat(chart.lines()).hasSize(1);
	}

	@Test
	void leavesAGapForAYearWithoutData() {
		TrendChart chart = TrendChart.of(trend(Unit.PERCENT, "10", null, "12"));

		assertThat(chart.dots().get(1).y()).isNull();
		assertThat(chart.lines()).isEmpty();
	}

	@Test
	void letsScoresGoBelowZero() {
		TrendChart chart = TrendChart.of(trend(Unit.SCORE, "-0.3", "0.1"));

		assertThat(chart.low()).isEqualByComparingTo("-0.3");
		assertThat(chart.dots().get(0).y()).isEqualTo((double) TrendChart.BOTTOM);
	}

	@Test
	void drawsASinglePointInTheMiddle() {
		TrendChart chart = TrendChart.of(trend(Unit.COUNT, "2600"));

		assertThat(chart.dots()).singleElement().satisfies(dot -> assertThat(dot.x())
			.isEqualTo((TrendChart.LEFT + TrendChart.WIDTH - TrendChart.RIGHT) / 2.0));
	}

	private static Trend trend(Unit unit, String... values) {
		Indicator indicator = new Indicator("x", "x", "x", unit, Direction.HIGHER_IS_WORSE, "CBS", "CBS", Origin.CBS, 0, "", "");
		List<Trend.Point> points = new java.util.ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			points.add(new Trend.Point(2017 + 2 * i, 2017 + 2 * i, values[i] == null ? null : new BigDecimal(values[i]), false));
		}
		return new Trend(indicator, points);
	}

}
