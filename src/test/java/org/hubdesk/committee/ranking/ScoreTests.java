package org.hubdesk.committee.ranking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hubdesk.committee.ranking.GateAnswer.NO;
import static org.hubdesk.committee.ranking.GateAnswer.UNCLEAR;
import static org.hubdesk.committee.ranking.GateAnswer.YES;
import static org.hubdesk.committee.ranking.RankingFixtures.FIT;
import static org.hubdesk.committee.ranking.RankingFixtures.LEGAL;
import static org.hubdesk.committee.ranking.RankingFixtures.QUALITY;
import static org.hubdesk.committee.ranking.RankingFixtures.REACH;
import static org.hubdesk.committee.ranking.RankingFixtures.conflictedReview;
import static org.hubdesk.committee.ranking.RankingFixtures.hoursLater;
import static org.hubdesk.committee.ranking.RankingFixtures.onlyRow;
import static org.hubdesk.committee.ranking.RankingFixtures.rank;
import static org.hubdesk.committee.ranking.RankingFixtures.request;
import static org.hubdesk.committee.ranking.RankingFixtures.review;
import static org.hubdesk.committee.ranking.RankingFixtures.scores;

/**
 * The score S = Σ w_c · s̄_c / Σ w_c, s̄_c the mean of (score − 1) / 4 over the members not conflicted
 * who answered every criterion; the gates, which carry no weight but make a request unrankable when
 * more than half of those members say "no"; and the requests nobody has scored.
 */
class ScoreTests {

	private static final double EXACT = 1e-9;

	@Test
	void eachCriterionsMeanCountsWithItsWeight() {
		CandidateRequest request = request(1, scores(101, 5, 1, YES), scores(102, 3, 3, YES));

		ScoreExplanation score = onlyRow(rank(request)).score();

		// quality: ((5 − 1)/4 + (3 − 1)/4) / 2 = (1 + 0.5) / 2 = 0.75; reach: (0 + 0.5) / 2 = 0.25
		// S = (3·0.75 + 1·0.25) / (3 + 1) = 2.5 / 4 = 0.625
		assertThat(score.value()).isCloseTo(0.625, within(EXACT));
		assertThat(score.members()).isEqualTo(2);
		assertThat(score.criteria()).containsExactly(new CriterionMean(QUALITY, 3, 0.75),
				new CriterionMean(REACH, 1, 0.25));

		Rubric reversed = Rubric.of(Criterion.scaled(QUALITY, 1), Criterion.scaled(REACH, 3), Criterion.gate(FIT));
		// S = (1·0.75 + 3·0.25) / (1 + 3) = 1.5 / 4 = 0.375
		assertThat(onlyRow(rank(reversed, request)).score().value()).isCloseTo(0.375, within(EXACT));
	}

	@Test
	void aGateCarriesNoWeightWhateverWeightItIsGiven() {
		Rubric heavyGate = new Rubric(List.of(Criterion.scaled(QUALITY, 3), Criterion.scaled(REACH, 1),
				new Criterion(FIT, CriterionKind.GATE, 100)));
		CandidateRequest request = request(1, scores(101, 5, 1, YES), scores(102, 3, 3, UNCLEAR));

		// only the scaled criteria: S = (3·0.75 + 1·0.25) / 4 = 0.625, not 2.5 / 104
		assertThat(onlyRow(rank(heavyGate, request)).score().value()).isCloseTo(0.625, within(EXACT));
		assertThat(onlyRow(rank(heavyGate, request)).score().criteria()).extracting(CriterionMean::criterionId)
			.containsExactly(QUALITY, REACH);
	}

	@Test
	void exactlyHalfAnsweringNoLeavesTheRequestRankable() {
		CandidateRequest request = request(1, scores(101, 4, 2, NO), scores(102, 4, 2, NO), scores(103, 4, 2, YES),
				scores(104, 4, 2, UNCLEAR));

		Ranking ranking = rank(request);

		// 2 "no" out of 4 members is half, not more than half
		assertThat(ranking.unrankable()).isEmpty();
		// quality: (4 − 1)/4 = 0.75 from everyone, reach: (2 − 1)/4 = 0.25; S = (3·0.75 + 1·0.25) / 4 = 0.625
		assertThat(onlyRow(ranking).score().value()).isCloseTo(0.625, within(EXACT));
	}

	@Test
	void moreThanHalfAnsweringNoMakesTheRequestUnrankableAndSaysWhy() {
		Rubric twoGates = Rubric.of(Criterion.scaled(QUALITY, 3), Criterion.scaled(REACH, 1), Criterion.gate(FIT),
				Criterion.gate(LEGAL));
		CandidateRequest refused = request(1, 7, hoursLater(2), "10", EquityGroups.NONE,
				review(101, QUALITY, Answer.score(5), REACH, Answer.score(5), FIT, Answer.gate(NO), LEGAL,
						Answer.gate(UNCLEAR)),
				review(102, QUALITY, Answer.score(5), REACH, Answer.score(5), FIT, Answer.gate(NO), LEGAL,
						Answer.gate(UNCLEAR)),
				review(103, QUALITY, Answer.score(5), REACH, Answer.score(5), FIT, Answer.gate(YES), LEGAL,
						Answer.gate(NO)));

		Ranking ranking = rank(twoGates, refused);

		// fit: 2 "no" out of 3 is more than half; legal: 1 "no" (and 2 "unclear") out of 3 is not
		assertThat(ranking.rows()).isEmpty();
		assertThat(ranking.unrankable())
			.containsExactly(new UnrankableRequest(1, 7, hoursLater(2), List.of(new GateRefusal(FIT, 2, 3))));
		assertThat(ranking.unscored()).isEmpty();
	}

	@Test
	void aConflictedMembersReviewIsIgnoredWhateverItHolds() {
		CandidateRequest request = request(1, scores(101, 5, 5, YES), conflictedReview(102, QUALITY, Answer.score(1),
				REACH, Answer.score(1), FIT, Answer.gate(NO)), scores(103, 3, 3, YES));
		// two conflicted "no" would be 2 out of 3 if they counted
		CandidateRequest notRefused = request(2, conflictedReview(201, QUALITY, Answer.score(1), REACH,
				Answer.score(1), FIT, Answer.gate(NO)), conflictedReview(202, QUALITY, Answer.score(1), REACH,
						Answer.score(1), FIT, Answer.gate(NO)), scores(203, 3, 5, YES));

		Ranking ranking = rank(request, notRefused);

		// members 101 and 103 only: quality (1 + 0.5) / 2 = 0.75, reach (1 + 0.5) / 2 = 0.75; S = 0.75
		RankedRow first = ranking.rows().get(0);
		assertThat(first.requestId()).isEqualTo(1);
		assertThat(first.score().value()).isCloseTo(0.75, within(EXACT));
		assertThat(first.score().members()).isEqualTo(2);
		// member 203 only: quality 0.5, reach 1; S = (3·0.5 + 1·1) / 4 = 0.625
		RankedRow second = ranking.rows().get(1);
		assertThat(second.requestId()).isEqualTo(2);
		assertThat(second.score().value()).isCloseTo(0.625, within(EXACT));
		assertThat(second.score().members()).isEqualTo(1);
		assertThat(ranking.unrankable()).isEmpty();
	}

	@Test
	void aMemberWhoSkippedACriterionIsNotCounted() {
		CandidateRequest request = request(1, scores(101, 5, 5, YES),
				// skipped reach: the 1 for quality and the "no" do not count
				review(102, QUALITY, Answer.score(1), FIT, Answer.gate(NO)),
				// skipped the gate: a member who did not answer every criterion, gates included, has not scored
				review(103, QUALITY, Answer.score(1), REACH, Answer.score(1)));

		ScoreExplanation score = onlyRow(rank(request)).score();

		// member 101 only: S = (3·1 + 1·1) / 4 = 1
		assertThat(score.value()).isCloseTo(1.0, within(EXACT));
		assertThat(score.members()).isEqualTo(1);
	}

	@Test
	void aRequestNobodyHasScoredIsListedApart() {
		CandidateRequest noReviews = request(1, 1, hoursLater(3), "5", EquityGroups.NONE);
		CandidateRequest onlyConflicted = request(2, 2, hoursLater(1), null, EquityGroups.NONE,
				conflictedReview(201, QUALITY, Answer.score(5), REACH, Answer.score(5), FIT, Answer.gate(YES)));
		CandidateRequest onlyPartial = request(3, 3, hoursLater(2), null, EquityGroups.NONE,
				review(301, QUALITY, Answer.score(5), FIT, Answer.gate(YES)));
		CandidateRequest scored = request(4, 4, hoursLater(0), null, EquityGroups.NONE, scores(401, 1, 1, YES));

		Ranking ranking = rank(noReviews, onlyConflicted, onlyPartial, scored);

		assertThat(ranking.unscored()).containsExactly(new UnscoredRequest(2, 2, hoursLater(1)),
				new UnscoredRequest(3, 3, hoursLater(2)), new UnscoredRequest(1, 1, hoursLater(3)));
		// scored 1 everywhere: S = 0, which is a score, not the absence of one
		assertThat(onlyRow(ranking).requestId()).isEqualTo(4);
		assertThat(onlyRow(ranking).score().value()).isCloseTo(0.0, within(EXACT));
	}

	@Test
	void anAnswerOfTheWrongKindOrOutOfRangeIsRefused() {
		CandidateRequest gateScored = request(1, review(101, QUALITY, Answer.score(5), REACH, Answer.score(5), FIT,
				Answer.score(3)));
		assertThatThrownBy(() -> rank(gateScored)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("criterion " + FIT);
		assertThatThrownBy(() -> Answer.score(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Answer.score(6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRubricNeedsScaledWeightToScoreWith() {
		assertThatThrownBy(() -> Rubric.of(Criterion.gate(FIT))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rubric.of(Criterion.scaled(QUALITY, 0), Criterion.scaled(REACH, 0)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rubric.of(Criterion.scaled(QUALITY, 1), Criterion.scaled(QUALITY, 2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rubric.of(Criterion.scaled(QUALITY, -1), Criterion.scaled(REACH, 2)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
