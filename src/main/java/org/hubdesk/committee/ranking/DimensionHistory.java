package org.hubdesk.committee.ranking;

import java.util.Map;
import java.util.Set;

/**
 * The help received by the groups of one dimension over the last 365 days, and which of those groups
 * submitted a request in that period. The mean of a measure is taken over the groups that submitted:
 * the sum of their values divided by their number, a group absent from {@code activity} counting 0,
 * and a group that did not submit counting not at all; with no group that submitted, the mean is 0.
 *
 * @param activity the help received, by group key; a group not listed received none
 * @param submitters the keys of the groups that submitted a request in the period
 */
public record DimensionHistory(Map<String, GroupActivity> activity, Set<String> submitters) {

	/** A dimension of which nothing is known: every mean is 0. */
	public static final DimensionHistory EMPTY = new DimensionHistory(Map.of(), Set.of());

	public DimensionHistory {
		activity = Map.copyOf(activity);
		submitters = Set.copyOf(submitters);
	}

	/** The value of this measure for this group: 0 for a group that received no help. */
	public double value(String group, EquityMeasure measure) {
		return activity.getOrDefault(group, GroupActivity.NONE).value(measure);
	}

	/** The mean of this measure over the groups that submitted a request, 0 when none did. */
	public double mean(EquityMeasure measure) {
		if (submitters.isEmpty()) {
			return 0;
		}
		return submitters.stream().mapToDouble(group -> value(group, measure)).sum() / submitters.size();
	}
}
