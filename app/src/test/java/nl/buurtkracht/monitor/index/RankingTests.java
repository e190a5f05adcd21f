// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	/** Values 5, 10, 15, 20, 20 (and one area without a value) as in the public method page. */
	private final Ranking ranking = Ranking.of(Arrays.asList(20, 5, null, 15, 10, 20));

	@Test
	void givesTiedAreasTheMiddleOfThePlacesTheyShare() {
		assertThat(ranking.percentile(1)).isEqualByComparingTo("10");
		assertThat(ranking.percentile(4)).isEqualByComparingTo("30");
		assertThat(ranking.percentile(3)).isEqualByComparingTo("50");
		assertThat(ranking.percentile(0)).isEqualByComparingTo("80");
		assertThat(ranking.percentile(5)).isEqualByComparingTo("80");
	}

	@Test
	void leavesAnAreaWithoutAValueUnranked() {
		assertThat(ranking.has(2)).isFalse();
		assertThat(ranking.size()).isEqualTo(5);
	}

	@Test
	void ranksTiesTogetherOnTheirBestPlace() {
		assertThat(ranking.rank(0)).isEqualTo(1);
		assertThat(ranking.rank(5)).isEqualTo(1);
		assertThat(ranking.rank(3)).isEqualTo(3);
		assertThat(ranking.rank(1)).isEqualTo(5);
	}

	@Test
	void decidesTheWorstFifthAndTheClassesInWholeNumbers() {
		assertThat(ranking.inWorstFifth(0)).as("80 is in the worst fifth").isTrue();
		assertThat(ranking.inWorstFifth(3)).isFalse();
		assertThat(ranking.fifth(0)).isEqualTo(5);
		assertThat(ranking.fifth(3)).isEqualTo(3);
		assertThat(ranking.fifth(1)).isEqualTo(1);
	}

}
