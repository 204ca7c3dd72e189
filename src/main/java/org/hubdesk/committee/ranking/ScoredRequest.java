package org.hubdesk.committee.ranking;

/**
 * A request scored by a rubric from its reviews, with its equity under a history when it is scored:
 * what {@link PriorityRanking} orders. Made by a {@link Scorer}, so that a ranking computed again
 * after one request's reviews changed scores that request alone.
 */
public final class ScoredRequest {

	private final CandidateRequest request;
	private final Scoring.Outcome outcome;
	private final EquityExplanation equity;

	ScoredRequest(CandidateRequest request, Scoring.Outcome outcome, EquityExplanation equity) {
		this.request = request;
		this.outcome = outcome;
		this.equity = equity;
	}

	public CandidateRequest request() {
		return request;
	}

	Scoring.Outcome outcome() {
		return outcome;
	}

	/** Its equity; null unless it is scored. */
	EquityExplanation equity() {
		return equity;
	}

	/** Scores requests by one rubric, with their equity under one history (whose means it takes once). */
	public static final class Scorer {

		private final Rubric rubric;
		private final EquityHistory history;
		private final EquityExplanation.Means means;

		public Scorer(Rubric rubric, EquityHistory history) {
			this.rubric = rubric;
			this.history = history;
			this.means = new EquityExplanation.Means(history);
		}

		public synchronized ScoredRequest score(CandidateRequest request) {
			Scoring.Outcome outcome = Scoring.of(rubric, request.reviews());
			EquityExplanation equity = outcome instanceof Scoring.Scored
					? EquityExplanation.of(request.groups(), history, means) : null;
			return new ScoredRequest(request, outcome, equity);
		}
	}
}
