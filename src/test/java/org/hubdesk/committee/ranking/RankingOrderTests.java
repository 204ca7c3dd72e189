package org.hubdesk.committee.ranking;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hubdesk.committee.ranking.EquityDimension.REGION;
import static org.hubdesk.committee.ranking.GateAnswer.NO;
import static org.hubdesk.committee.ranking.GateAnswer.YES;
import static org.hubdesk.committee.ranking.RankingFixtures.PLENTY;
import static org.hubdesk.committee.ranking.RankingFixtures.RUBRIC;
import static org.hubdesk.committee.ranking.RankingFixtures.hoursLater;
import static org.hubdesk.committee.ranking.RankingFixtures.request;
import static org.hubdesk.committee.ranking.RankingFixtures.scores;

/**
 * The order of the rows: rank value R = S + λ · E, highest first; equal values put the earlier
 * submission first, then the lower number.
 */
class RankingOrderTests {

	private static final double EXACT = 1e-9;

	/** Region X never helped (0 h, 0 accepted), region Y 10 h and 2 accepted; both submitted. */
	private static final EquityHistory TWO_REGIONS = new EquityHistory(Map.of(REGION, new DimensionHistory(
			Map.of("X", new GroupActivity(0, 0), "Y", new GroupActivity(10, 2)), Set.of("X", "Y"))));

	// S = (3·0.75 + 1·0.25) / 4 = 0.625, no groups: E = 0
	private final CandidateRequest wellScored = request(1, 1, hoursLater(0), null, EquityGroups.NONE,
			scores(101, 4, 2, YES));

	// S = (3·0.5 + 1·0.5) / 4 = 0.5; region X: hours r = 0 / 5 = 0, accepted r = 0 / 1 = 0, terms 1 and 1, E = 1
	private final CandidateRequest lessHelped = request(2, 2, hoursLater(1), null, new EquityGroups(null, "X", null),
			scores(201, 3, 3, YES));

	@Test
	void withEquitySwitchedOffTheRankValueIsTheScore() {
		Ranking ranking = PriorityRanking.rank(RUBRIC, List.of(lessHelped, wellScored), TWO_REGIONS,
				new RankingSettings(0, PLENTY));

		assertThat(ranking.rows()).extracting(RankedRow::requestId).containsExactly(1L, 2L);
		RankedRow second = ranking.rows().get(1);
		// E is still shown (1), but λ·E = 0 · 1 = 0 and R = S = 0.5
		assertThat(second.equity().value()).isCloseTo(1.0, within(EXACT));
		assertThat(second.weightedEquity()).isEqualTo(0.0);
		assertThat(second.rankValue()).isEqualTo(second.score().value());
		assertThat(second.rankValue()).isCloseTo(0.5, within(EXACT));
	}

	@Test
	void equityCanLiftALowerScoreAbove() {
		Ranking ranking = PriorityRanking.rank(RUBRIC, List.of(wellScored, lessHelped), TWO_REGIONS,
				new RankingSettings(RankingSettings.DEFAULT_EQUITY_WEIGHT, PLENTY));

		// R = 0.5 + 0.2 · 1 = 0.7 against R = 0.625 + 0.2 · 0 = 0.625
		assertThat(ranking.rows()).extracting(RankedRow::requestId).containsExactly(2L, 1L);
		assertThat(ranking.rows()).extracting(RankedRow::position).containsExactly(1, 2);
		assertThat(ranking.rows().get(0).rankValue()).isCloseTo(0.7, within(EXACT));
		assertThat(ranking.rows().get(1).rankValue()).isCloseTo(0.625, within(EXACT));
	}

	@Test
	void equalRankValuesPutTheEarlierSubmissionFirstThenTheLowerNumber() {
		CandidateRequest laterHighNumber = request(1, 7, hoursLater(1), null, EquityGroups.NONE,
				scores(101, 4, 2, YES));
		CandidateRequest laterLowNumber = request(2, 3, hoursLater(1), null, EquityGroups.NONE,
				scores(201, 4, 2, YES));
		CandidateRequest earliest = request(3, 9, hoursLater(0), null, EquityGroups.NONE, scores(301, 4, 2, YES));

		Ranking ranking = RankingFixtures.rank(laterHighNumber, laterLowNumber, earliest);

		// all R = 0.625
		assertThat(ranking.rows()).extracting(RankedRow::number).containsExactly(9, 3, 7);
		assertThat(ranking.rows()).extracting(RankedRow::position).containsExactly(1, 2, 3);
	}

	@Test
	void valuesEqualButForRoundingInTheirSumsTie() {
		// regions: X 0 h and 1 accepted, Y 10 h and 4, Z 5 h and 1; all submitted: means 5 h and 2 accepted
		EquityHistory history = new EquityHistory(Map.of(REGION,
				new DimensionHistory(Map.of("X", new GroupActivity(0, 1), "Y", new GroupActivity(10, 4), "Z",
						new GroupActivity(5, 1)), Set.of("X", "Y", "Z"))));
		// S = 0 (all 1s); region Z: hours r = 5 / 5 = 1, term 0; accepted r = 1 / 2 = 0.5, term 0.5; E = 0.25
		// R = 0 + 0.2 · 0.25 = 0.05
		CandidateRequest later = request(1, 1, hoursLater(1), null, new EquityGroups(null, "Z", null),
				scores(101, 1, 1, YES));
		// S = (3·0 + 1·1) / 4 = 0.25; region Y: hours r = 10 / 5 = 2, accepted r = 4 / 2 = 2, terms −1, −1, E = −1
		// R = 0.25 + 0.2 · (−1) = 0.05
		CandidateRequest earlier = request(2, 2, hoursLater(0), null, new EquityGroups(null, "Y", null),
				scores(201, 1, 5, YES));

		List<RankedRow> rows = PriorityRanking
			.rank(RUBRIC, List.of(later, earlier), history, new RankingSettings(0.2, PLENTY))
			.rows();

		// as doubles, 0.25 − 0.2 falls just below 0 + 0.05; the two still tie, and the earlier comes first
		assertThat(rows.get(0).rankValue()).isNotEqualTo(rows.get(1).rankValue());
		assertThat(rows).extracting(RankedRow::rankValue).allSatisfy(r -> assertThat(r).isCloseTo(0.05, within(EXACT)));
		assertThat(rows).extracting(RankedRow::requestId).containsExactly(2L, 1L);
	}

	@Test
	void onlyScoredRankableRequestsGetAPlace() {
		CandidateRequest refused = request(3, 3, hoursLater(0), null, EquityGroups.NONE, scores(301, 5, 5, NO));
		CandidateRequest unscored = request(4, 4, hoursLater(0), null, EquityGroups.NONE);

		Ranking ranking = RankingFixtures.rank(refused, lessHelped, unscored, wellScored);

		assertThat(ranking.rows()).extracting(RankedRow::requestId).containsExactly(1L, 2L);
		assertThat(ranking.rows()).extracting(RankedRow::position).containsExactly(1, 2);
		assertThat(ranking.unrankable()).extracting(UnrankableRequest::requestId).containsExactly(3L);
		assertThat(ranking.unscored()).extracting(UnscoredRequest::requestId).containsExactly(4L);
	}

	@Test
	void theWeightOfEquityIsNeverNegative() {
		assertThat(RankingSettings.DEFAULT_EQUITY_WEIGHT).isEqualTo(0.2);
		assertThatThrownBy(() -> new RankingSettings(-0.1, PLENTY)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RankingSettings(Double.NaN, PLENTY)).isInstanceOf(IllegalArgumentException.class);
	}
}
