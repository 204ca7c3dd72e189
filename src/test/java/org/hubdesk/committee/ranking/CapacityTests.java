package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.committee.ranking.GateAnswer.YES;
import static org.hubdesk.committee.ranking.RankingFixtures.RUBRIC;
import static org.hubdesk.committee.ranking.RankingFixtures.hoursLater;
import static org.hubdesk.committee.ranking.RankingFixtures.request;
import static org.hubdesk.committee.ranking.RankingFixtures.scores;

/**
 * The remaining capacity (staff hours per quarter − hours logged this quarter − Σ max(0, estimate −
 * logged) over the requests in progress) and the capacity line, after the last row whose cumulative
 * estimate fits in it.
 */
class CapacityTests {

	@Test
	void theRemainingCapacityLeavesOutWhatIsLoggedAndWhatWorkInProgressStillNeeds() {
		BigDecimal remaining = Capacity.remaining(hours("412.5"), hours("120.25"),
				List.of(new InProgressWork(hours("50"), hours("20")), // still needs 50 − 20 = 30
						new InProgressWork(hours("10"), hours("25")), // over its estimate: max(0, −15) = 0
						new InProgressWork(null, hours("7")))); // no estimate: 0

		// 412.5 − 120.25 − (30 + 0 + 0) = 262.25
		assertThat(remaining).isEqualByComparingTo("262.25");
	}

	@Test
	void theLineFallsAfterTheLastRowWhoseCumulativeEstimateFits() {
		// equal scores: the rows come in order of submission
		Ranking ranking = rank(hours("262.25"), request(1, 1, hoursLater(1), "100", EquityGroups.NONE, reviewed()),
				request(2, 2, hoursLater(2), null, EquityGroups.NONE, reviewed()),
				request(3, 3, hoursLater(3), "150", EquityGroups.NONE, reviewed()),
				request(4, 4, hoursLater(4), "12.25", EquityGroups.NONE, reviewed()),
				request(5, 5, hoursLater(5), "5", EquityGroups.NONE, reviewed()));

		// cumulative: 100, 100 (no estimate counts 0), 250, 262.25 (= remaining: fits), 267.25 (does not)
		assertThat(ranking.rows()).extracting(RankedRow::cumulativeEffortHours)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(hours("100"), hours("100"), hours("250"), hours("262.25"), hours("267.25"));
		assertThat(ranking.rows()).extracting(RankedRow::aboveCapacityLine)
			.containsExactly(true, true, true, true, false);
		assertThat(ranking.rows()).extracting(RankedRow::estimateMissing)
			.containsExactly(false, true, false, false, false);
		assertThat(ranking.rowsAboveCapacityLine()).isEqualTo(4);
		assertThat(ranking.remainingCapacityHours()).isEqualByComparingTo("262.25");
	}

	@Test
	void decimalEstimatesAddUpExactly() {
		Ranking ranking = rank(hours("0.3"), request(1, 1, hoursLater(1), "0.1", EquityGroups.NONE, reviewed()),
				request(2, 2, hoursLater(2), "0.2", EquityGroups.NONE, reviewed()));

		// 0.1 + 0.2 = 0.3 exactly (as doubles it would be 0.30000000000000004 and not fit)
		assertThat(ranking.rows()).extracting(RankedRow::aboveCapacityLine).containsExactly(true, true);
	}

	@Test
	void withNegativeCapacityTheLineFallsBeforeTheFirstRow() {
		BigDecimal remaining = Capacity.remaining(hours("100"), hours("90"),
				List.of(new InProgressWork(hours("40"), hours("10"))));
		// 100 − 90 − (40 − 10) = −20
		assertThat(remaining).isEqualByComparingTo("-20");

		Ranking ranking = rank(remaining, request(1, 1, hoursLater(1), null, EquityGroups.NONE, reviewed()),
				request(2, 2, hoursLater(2), "1", EquityGroups.NONE, reviewed()));

		// even a row without estimate (cumulative 0) does not fit: 0 > −20
		assertThat(ranking.rows()).extracting(RankedRow::aboveCapacityLine).containsExactly(false, false);
		assertThat(ranking.rowsAboveCapacityLine()).isZero();
		assertThat(ranking.rows().get(0).estimateMissing()).isTrue();
	}

	@Test
	void withNoCapacityLeftOnlyRowsWithoutEstimateFit() {
		Ranking ranking = rank(BigDecimal.ZERO, request(1, 1, hoursLater(1), null, EquityGroups.NONE, reviewed()),
				request(2, 2, hoursLater(2), "0.01", EquityGroups.NONE, reviewed()));

		// cumulative 0 ≤ 0 fits, 0.01 does not
		assertThat(ranking.rows()).extracting(RankedRow::aboveCapacityLine).containsExactly(true, false);
		assertThat(ranking.rowsAboveCapacityLine()).isEqualTo(1);
	}

	private static Ranking rank(BigDecimal remaining, CandidateRequest... requests) {
		return PriorityRanking.rank(RUBRIC, List.of(requests), EquityHistory.EMPTY,
				RankingSettings.withDefaultEquityWeight(remaining));
	}

	private static MemberReview reviewed() {
		return scores(101, 4, 2, YES);
	}

	private static BigDecimal hours(String value) {
		return new BigDecimal(value);
	}
}
