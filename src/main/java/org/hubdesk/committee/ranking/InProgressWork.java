package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A request in progress, as the capacity sees it: what it was estimated to take and what has been
 * logged on it.
 *
 * @param estimateHours the estimated effort in hours, or null when there is no estimate
 * @param loggedHours the hours logged on it so far
 */
public record InProgressWork(BigDecimal estimateHours, BigDecimal loggedHours) {

	public InProgressWork {
		Objects.requireNonNull(loggedHours, "loggedHours");
	}

	/**
	 * The hours it still needs: max(0, estimate − logged); 0 without an estimate, and 0 once more
	 * was logged than estimated.
	 */
	public BigDecimal outstandingHours() {
		if (estimateHours == null) {
			return BigDecimal.ZERO;
		}
		return estimateHours.subtract(loggedHours).max(BigDecimal.ZERO);
	}
}
