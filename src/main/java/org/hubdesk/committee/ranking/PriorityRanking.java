package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the requests in review and accepted but not yet started by priority.
 * <p>
 * Each request's score S = Σ w_c · s̄_c / Σ w_c over the scaled (1 to 5) criteria, where s̄_c is the
 * mean of (score − 1) / 4 over the members counted: those not conflicted on the request who answered
 * every criterion of the rubric, gates included. Gates carry no weight. A request on which more than
 * half of the members counted answered a gate “no” is unrankable and listed apart with why; a request
 * with no member counted is unscored and listed apart.
 * <p>
 * Its equity E is the mean of the terms 1 − min(r, 2) over the dimensions affiliate, region and
 * affiliate type and the measures staff hours logged and requests accepted over the last 365 days,
 * r being the value of the request's group divided by the mean over the dimension's groups that
 * submitted a request in that period (r = 1 when that mean is 0); see {@link EquityExplanation}.
 * <p>
 * Its rank value R = S + λ · E, λ being the hub's weight of equity. Rows are ordered by R, highest
 * first, R being compared to nine decimal places; equal values put the earlier submission first,
 * then the lower number. Going down the list, a row is above the capacity line when the cumulative
 * estimated effort of it and the rows above it is at most the remaining capacity; a row without an
 * estimate is flagged and counts 0 hours.
 */
public final class PriorityRanking {

	private static final Comparator<CandidateRequest> SUBMISSION_ORDER = Comparator
		.comparing(CandidateRequest::submittedAt)
		.thenComparingInt(CandidateRequest::number);

	private static final Comparator<Ranked> RANK_ORDER = Comparator.comparing(Ranked::key)
		.reversed()
		.thenComparing(Ranked::request, SUBMISSION_ORDER);

	private PriorityRanking() {
	}

	/** The ranking of these requests by this rubric, this history of equity and these settings. */
	public static Ranking rank(Rubric rubric, List<CandidateRequest> requests, EquityHistory history,
			RankingSettings settings) {
		ScoredRequest.Scorer scorer = new ScoredRequest.Scorer(rubric, history);
		return rank(requests.stream().map(scorer::score).toList(), settings);
	}

	/** The ranking of these requests, each already scored (with its equity), under these settings. */
	public static Ranking rank(List<ScoredRequest> requests, RankingSettings settings) {
		List<Ranked> ranked = new ArrayList<>();
		List<UnrankableRequest> unrankable = new ArrayList<>();
		List<UnscoredRequest> unscored = new ArrayList<>();
		List<ScoredRequest> inOrder = new ArrayList<>(requests);
		inOrder.sort(Comparator.comparing(ScoredRequest::request, SUBMISSION_ORDER));
		for (ScoredRequest scoredRequest : inOrder) {
			CandidateRequest request = scoredRequest.request();
			Scoring.Outcome outcome = scoredRequest.outcome();
			if (outcome instanceof Scoring.Scored scored) {
				ranked.add(Ranked.of(request, scored.score(), scoredRequest.equity(), settings.equityWeight()));
			}
			else if (outcome instanceof Scoring.Refused refused) {
				unrankable.add(new UnrankableRequest(request.requestId(), request.number(), request.submittedAt(),
						refused.refusals()));
			}
			else {
				unscored.add(new UnscoredRequest(request.requestId(), request.number(), request.submittedAt()));
			}
		}
		ranked.sort(RANK_ORDER);
		BigDecimal remaining = settings.remainingCapacityHours();
		List<RankedRow> rows = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		int aboveLine = 0;
		for (Ranked row : ranked) {
			CandidateRequest request = row.request();
			BigDecimal estimate = request.estimateHours();
			cumulative = estimate == null ? cumulative : cumulative.add(estimate);
			boolean above = cumulative.compareTo(remaining) <= 0;
			if (above) {
				aboveLine++;
			}
			rows.add(new RankedRow(rows.size() + 1, request.requestId(), request.number(), request.submittedAt(),
					row.score(), row.equity(), row.lambda(), row.weightedEquity(), row.rankValue(), estimate,
					cumulative, above, estimate == null));
		}
		return new Ranking(rows, remaining, aboveLine, unrankable, unscored);
	}

	/**
	 * A scored request with its equity, before it is given its place; {@code key} is R to nine decimal
	 * places, so that values equal but for rounding in their sums tie.
	 */
	private record Ranked(CandidateRequest request, ScoreExplanation score, EquityExplanation equity, double lambda,
			BigDecimal key) {

		static Ranked of(CandidateRequest request, ScoreExplanation score, EquityExplanation equity, double lambda) {
			double rankValue = score.value() + lambda * equity.value();
			return new Ranked(request, score, equity, lambda,
					BigDecimal.valueOf(rankValue).setScale(9, RoundingMode.HALF_EVEN));
		}

		double weightedEquity() {
			return lambda * equity.value();
		}

		double rankValue() {
			return score.value() + weightedEquity();
		}
	}
}
