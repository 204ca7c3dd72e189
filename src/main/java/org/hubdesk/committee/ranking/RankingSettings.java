package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The hub's settings for the ranking.
 *
 * @param equityWeight λ, the weight of equity in the rank value R = S + λ · E; 0 switches equity off
 * @param remainingCapacityHours the staff hours left this quarter, from {@link Capacity#remaining}
 */
public record RankingSettings(double equityWeight, BigDecimal remainingCapacityHours) {

	/** The weight of equity a hub starts with. */
	public static final double DEFAULT_EQUITY_WEIGHT = 0.2;

	public RankingSettings {
		if (!Double.isFinite(equityWeight) || equityWeight < 0) {
			throw new IllegalArgumentException("The weight of equity cannot be " + equityWeight);
		}
		Objects.requireNonNull(remainingCapacityHours, "remainingCapacityHours");
	}

	/** The settings of a hub that kept the default weight of equity. */
	public static RankingSettings withDefaultEquityWeight(BigDecimal remainingCapacityHours) {
		return new RankingSettings(DEFAULT_EQUITY_WEIGHT, remainingCapacityHours);
	}
}
