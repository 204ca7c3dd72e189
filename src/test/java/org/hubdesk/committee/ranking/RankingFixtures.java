package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rubrics, reviews and requests for the ranking's tests. */
final class RankingFixtures {

	/** A scaled criterion of weight 3. */
	static final long QUALITY = 1;

	/** A scaled criterion of weight 1. */
	static final long REACH = 2;

	/** A gate. */
	static final long FIT = 10;

	/** A second gate. */
	static final long LEGAL = 11;

	/** Quality (weight 3), reach (weight 1) and the gate "fit". */
	static final Rubric RUBRIC = Rubric.of(Criterion.scaled(QUALITY, 3), Criterion.scaled(REACH, 1),
			Criterion.gate(FIT));

	static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

	static final BigDecimal PLENTY = new BigDecimal("100000");

	private RankingFixtures() {
	}

	static Instant hoursLater(int hours) {
		return T0.plus(Duration.ofHours(hours));
	}

	/** A review by a member not conflicted: criterion ids alternating with answers. */
	static MemberReview review(long member, Object... idsAndAnswers) {
		return new MemberReview(member, false, answers(idsAndAnswers));
	}

	/** A review by a member conflicted on the request. */
	static MemberReview conflictedReview(long member, Object... idsAndAnswers) {
		return new MemberReview(member, true, answers(idsAndAnswers));
	}

	/** A complete review of {@link #RUBRIC}: quality, reach and the answer to "fit". */
	static MemberReview scores(long member, int quality, int reach, GateAnswer fit) {
		return review(member, QUALITY, Answer.score(quality), REACH, Answer.score(reach), FIT, Answer.gate(fit));
	}

	private static Map<Long, Answer> answers(Object... idsAndAnswers) {
		Map<Long, Answer> answers = new HashMap<>();
		for (int i = 0; i < idsAndAnswers.length; i += 2) {
			answers.put((Long) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
		}
		return answers;
	}

	static CandidateRequest request(long id, int number, Instant submittedAt, String estimate, EquityGroups groups,
			MemberReview... reviews) {
		return new CandidateRequest(id, number, submittedAt, estimate == null ? null : new BigDecimal(estimate),
				groups, List.of(reviews));
	}

	/** A request without estimate or groups, submitted at {@link #T0}. */
	static CandidateRequest request(long id, MemberReview... reviews) {
		return request(id, (int) id, T0, null, EquityGroups.NONE, reviews);
	}

	/** The ranking by {@link #RUBRIC} with no equity history, λ = 0 and capacity to spare. */
	static Ranking rank(CandidateRequest... requests) {
		return rank(RUBRIC, requests);
	}

	static Ranking rank(Rubric rubric, CandidateRequest... requests) {
		return PriorityRanking.rank(rubric, List.of(requests), EquityHistory.EMPTY, new RankingSettings(0, PLENTY));
	}

	static RankedRow onlyRow(Ranking ranking) {
		assertThat(ranking.rows()).hasSize(1);
		return ranking.rows().get(0);
	}
}
