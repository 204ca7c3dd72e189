package org.hubdesk.committee.ranking;

import java.util.Map;

/**
 * The help received over the last 365 days, by {@link EquityDimension}. A dimension not given is
 * {@link DimensionHistory#EMPTY empty}.
 *
 * @param dimensions the history of each dimension
 */
public record EquityHistory(Map<EquityDimension, DimensionHistory> dimensions) {

	/** No history at all: every mean is 0, so every ratio is 1 and every equity term 0. */
	public static final EquityHistory EMPTY = new EquityHistory(Map.of());

	public EquityHistory {
		dimensions = Map.copyOf(dimensions);
	}

	/** The history of this dimension. */
	public DimensionHistory of(EquityDimension dimension) {
		return dimensions.getOrDefault(dimension, DimensionHistory.EMPTY);
	}
}
