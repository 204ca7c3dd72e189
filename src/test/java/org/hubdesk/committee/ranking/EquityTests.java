package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hubdesk.committee.ranking.EquityDimension.AFFILIATE;
import static org.hubdesk.committee.ranking.EquityDimension.AFFILIATE_TYPE;
import static org.hubdesk.committee.ranking.EquityDimension.REGION;
import static org.hubdesk.committee.ranking.EquityMeasure.REQUESTS_ACCEPTED;
import static org.hubdesk.committee.ranking.EquityMeasure.STAFF_HOURS;
import static org.hubdesk.committee.ranking.GateAnswer.YES;
import static org.hubdesk.committee.ranking.RankingFixtures.RUBRIC;
import static org.hubdesk.committee.ranking.RankingFixtures.T0;
import static org.hubdesk.committee.ranking.RankingFixtures.request;
import static org.hubdesk.committee.ranking.RankingFixtures.scores;

/**
 * The equity E: the mean over the dimensions (affiliate, region, affiliate type) and the measures
 * (staff hours, requests accepted) of 1 − min(r, 2), r being the group's value over the mean of the
 * dimension's groups that submitted a request (r = 1 when that mean is 0).
 */
class EquityTests {

	private static final double EXACT = 1e-9;

	/**
	 * Affiliates: A1 30 h and 1 accepted, A2 10 h and 5, A3 nothing but submitted, A4 unknown but
	 * submitted, A5 100 h and 9 but did not submit (so is not in the mean).
	 * Regions: EU 15 h and 0 accepted, AF 5 h and 0. Types: CHAPTER 12 h and 2, USER_GROUP 4 h and 1.
	 */
	private static final EquityHistory HISTORY = new EquityHistory(Map.of(
			AFFILIATE, new DimensionHistory(Map.of("A1", new GroupActivity(30, 1), "A2", new GroupActivity(10, 5),
					"A3", new GroupActivity(0, 1), "A5", new GroupActivity(100, 9)), Set.of("A1", "A2", "A3", "A4")),
			REGION, new DimensionHistory(Map.of("EU", new GroupActivity(15, 0), "AF", new GroupActivity(5, 0)),
					Set.of("EU", "AF")),
			AFFILIATE_TYPE, new DimensionHistory(
					Map.of("CHAPTER", new GroupActivity(12, 2), "USER_GROUP", new GroupActivity(4, 1)),
					Set.of("CHAPTER", "USER_GROUP"))));

	@Test
	void sixTermsOneForEachDimensionAndMeasure() {
		EquityExplanation equity = EquityExplanation.of(new EquityGroups("A1", "AF", "USER_GROUP"), HISTORY);

		assertThat(equity.terms()).extracting(EquityTerm::dimension, EquityTerm::measure, EquityTerm::group)
			.containsExactly(tuple(AFFILIATE, STAFF_HOURS, "A1"),
					tuple(AFFILIATE, REQUESTS_ACCEPTED, "A1"),
					tuple(REGION, STAFF_HOURS, "AF"),
					tuple(REGION, REQUESTS_ACCEPTED, "AF"),
					tuple(AFFILIATE_TYPE, STAFF_HOURS, "USER_GROUP"),
					tuple(AFFILIATE_TYPE, REQUESTS_ACCEPTED, "USER_GROUP"));
		// affiliate, hours: mean (30 + 10 + 0 + 0) / 4 = 10 (A5 did not submit), r = 30 / 10 = 3, capped at 2: 1 − 2 = −1
		assertTerm(equity.terms().get(0), 30, 10, 3, -1);
		// affiliate, accepted: mean (1 + 5 + 1 + 0) / 4 = 1.75, r = 1 / 1.75 = 4/7, term 1 − 4/7 = 3/7
		assertTerm(equity.terms().get(1), 1, 1.75, 4.0 / 7, 3.0 / 7);
		// region, hours: mean (15 + 5) / 2 = 10, r = 5 / 10 = 0.5, term 0.5
		assertTerm(equity.terms().get(2), 5, 10, 0.5, 0.5);
		// region, accepted: mean (0 + 0) / 2 = 0, so r = 1, term 0
		assertTerm(equity.terms().get(3), 0, 0, 1, 0);
		// type, hours: mean (12 + 4) / 2 = 8, r = 4 / 8 = 0.5, term 0.5
		assertTerm(equity.terms().get(4), 4, 8, 0.5, 0.5);
		// type, accepted: mean (2 + 1) / 2 = 1.5, r = 1 / 1.5 = 2/3, term 1/3
		assertTerm(equity.terms().get(5), 1, 1.5, 2.0 / 3, 1.0 / 3);
		// E = (−1 + 3/7 + 0.5 + 0 + 0.5 + 1/3) / 6 = (16/21) / 6 = 8/63 ≈ 0.126984
		assertThat(equity.value()).isCloseTo(8.0 / 63, within(EXACT));
	}

	@Test
	void theEquityTermCountsInTheRankValueWithItsWeight() {
		CandidateRequest request = request(1, 1, T0, null, new EquityGroups("A1", "AF", "USER_GROUP"),
				scores(101, 4, 2, YES));

		RankedRow row = PriorityRanking
			.rank(RUBRIC, List.of(request), HISTORY, RankingSettings.withDefaultEquityWeight(BigDecimal.TEN))
			.rows()
			.get(0);

		// S = (3·0.75 + 1·0.25) / 4 = 0.625; λ·E = 0.2 · 8/63 = 8/315; R = 0.625 + 8/315 ≈ 0.650397
		assertThat(row.equityWeight()).isEqualTo(0.2);
		assertThat(row.equity().value()).isCloseTo(8.0 / 63, within(EXACT));
		assertThat(row.weightedEquity()).isCloseTo(8.0 / 315, within(EXACT));
		assertThat(row.rankValue()).isCloseTo(0.625 + 8.0 / 315, within(EXACT));
	}

	@Test
	void aRequestWithoutAffiliateHasOnlyItsRegionTerms() {
		// the type given without an affiliate is left out with it
		EquityExplanation equity = EquityExplanation.of(new EquityGroups(null, "AF", "CHAPTER"), HISTORY);

		assertThat(equity.terms()).extracting(EquityTerm::dimension).containsExactly(REGION, REGION);
		// E = (0.5 + 0) / 2 = 0.25
		assertThat(equity.value()).isCloseTo(0.25, within(EXACT));
	}

	@Test
	void aRequestWithoutRegionHasItsAffiliateAndTypeTerms() {
		EquityExplanation equity = EquityExplanation.of(new EquityGroups("A1", null, "USER_GROUP"), HISTORY);

		assertThat(equity.terms()).extracting(EquityTerm::dimension)
			.containsExactly(AFFILIATE, AFFILIATE, AFFILIATE_TYPE, AFFILIATE_TYPE);
		// E = (−1 + 3/7 + 0.5 + 1/3) / 4 = (11/42) / 4 = 11/168
		assertThat(equity.value()).isCloseTo(11.0 / 168, within(EXACT));
	}

	@Test
	void aRequestWithNeitherAffiliateNorRegionHasNoTermsAndNoEquity() {
		EquityExplanation equity = EquityExplanation.of(EquityGroups.NONE, HISTORY);

		assertThat(equity.terms()).isEmpty();
		assertThat(equity.value()).isEqualTo(0.0);
	}

	@Test
	void aGroupThatSubmittedButWasNeverHelpedCountsZero() {
		EquityExplanation equity = EquityExplanation.of(new EquityGroups("A4", null, null), HISTORY);

		// A4 is not in the activity: 0 hours over a mean of 10 and 0 accepted over a mean of 1.75, r = 0, terms 1 and 1
		assertThat(equity.terms()).extracting(EquityTerm::value).containsExactly(0.0, 0.0);
		assertThat(equity.terms()).extracting(EquityTerm::term).containsExactly(1.0, 1.0);
		assertThat(equity.value()).isCloseTo(1.0, within(EXACT));
	}

	@Test
	void withoutHistoryEveryRatioIsOneAndEquityIsZero() {
		EquityExplanation equity = EquityExplanation.of(new EquityGroups("A1", "AF", "USER_GROUP"),
				EquityHistory.EMPTY);

		assertThat(equity.terms()).hasSize(6).allSatisfy(term -> {
			assertThat(term.mean()).isEqualTo(0.0);
			assertThat(term.ratio()).isEqualTo(1.0);
			assertThat(term.term()).isEqualTo(0.0);
		});
		assertThat(equity.value()).isEqualTo(0.0);
	}

	private static void assertTerm(EquityTerm term, double value, double mean, double ratio, double result) {
		assertThat(term.value()).as("value").isCloseTo(value, within(EXACT));
		assertThat(term.mean()).as("mean").isCloseTo(mean, within(EXACT));
		assertThat(term.ratio()).as("r").isCloseTo(ratio, within(EXACT));
		assertThat(term.term()).as("term").isCloseTo(result, within(EXACT));
	}
}
