package org.hubdesk.committee.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's equity E: the mean of its terms, one for each dimension in which the request has a
 * group (affiliate, region, affiliate type) and each measure (staff hours logged, requests accepted
 * over the last 365 days), each term being 1 − min(r, 2) where r is the group's value divided by the
 * mean over the dimension's groups that submitted a request in the period (r = 1 when that mean is 0).
 * E lies in [−1, 1] and is positive for a requester helped less than average. A request without an
 * affiliate has no affiliate and affiliate type terms; a request with no group at all has no terms
 * and E = 0.
 *
 * @param value E
 * @param terms the terms, by dimension (affiliate, region, affiliate type) then measure (hours, acceptances)
 */
public record EquityExplanation(double value, List<EquityTerm> terms) {

	public EquityExplanation {
		terms = List.copyOf(terms);
	}

	/** The equity of a request in these groups, given this history. */
	public static EquityExplanation of(EquityGroups groups, EquityHistory history) {
		return of(groups, history, new Means(history));
	}

	/**
	 * The means of each dimension's measures over a history, each taken once however many requests
	 * ask for it (a ranking asks for the same means for every request).
	 */
	static final class Means {

		private final EquityHistory history;
		private final double[][] means = new double[EquityDimension.values().length][EquityMeasure.values().length];
		private final boolean[][] known = new boolean[EquityDimension.values().length][EquityMeasure.values().length];

		Means(EquityHistory history) {
			this.history = history;
		}

		double of(EquityDimension dimension, EquityMeasure measure) {
			int d = dimension.ordinal();
			int m = measure.ordinal();
			if (!known[d][m]) {
				means[d][m] = history.of(dimension).mean(measure);
				known[d][m] = true;
			}
			return means[d][m];
		}
	}

	static EquityExplanation of(EquityGroups groups, EquityHistory history, Means means) {
		List<EquityTerm> terms = new ArrayList<>();
		for (EquityDimension dimension : EquityDimension.values()) {
			String group = groups.group(dimension);
			if (group == null) {
				continue;
			}
			DimensionHistory past = history.of(dimension);
			for (EquityMeasure measure : EquityMeasure.values()) {
				double value = past.value(group, measure);
				double mean = means.of(dimension, measure);
				double ratio = mean == 0 ? 1 : value / mean;
				terms.add(new EquityTerm(dimension, measure, group, value, mean, ratio, 1 - Math.min(ratio, 2)));
			}
		}
		double value = terms.stream().mapToDouble(EquityTerm::term).average().orElse(0);
		return new EquityExplanation(value, terms);
	}
}
