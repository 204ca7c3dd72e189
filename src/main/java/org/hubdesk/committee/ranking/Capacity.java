package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The staff hours left this quarter for requests not yet started: the hub's staff hours per quarter,
 * minus the hours logged this quarter, minus what the requests in progress still need,
 * Σ max(0, estimate − logged). It can be negative, when the quarter is already overcommitted. Hours
 * are counted in decimals, exactly.
 */
public final class Capacity {

	private Capacity() {
	}

	/**
	 * remaining = staff hours per quarter − hours logged this quarter − Σ max(0, estimate − logged)
	 * over the requests in progress.
	 */
	public static BigDecimal remaining(BigDecimal staffHoursPerQuarter, BigDecimal loggedThisQuarter,
			List<InProgressWork> inProgress) {
		BigDecimal remaining = staffHoursPerQuarter.subtract(loggedThisQuarter);
		for (InProgressWork work : inProgress) {
			remaining = remaining.subtract(work.outstandingHours());
		}
		return remaining;
	}
}
