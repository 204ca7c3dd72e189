package org.hubdesk.committee.ranking;

import java.util.List;

/**
 * A request's score S, from 0 to 1: the weighted mean of its scaled criteria's means,
 * S = Σ w_c · s̄_c / Σ w_c, where s̄_c is the mean of (score − 1) / 4 over the members counted: those
 * not conflicted on the request who answered every criterion of the rubric. Gates carry no weight.
 *
 * @param value S
 * @param members the number of members counted
 * @param criteria each scaled criterion's weight and mean, in the rubric's order
 */
public record ScoreExplanation(double value, int members, List<CriterionMean> criteria) {

	public ScoreExplanation {
		criteria = List.copyOf(criteria);
	}
}
