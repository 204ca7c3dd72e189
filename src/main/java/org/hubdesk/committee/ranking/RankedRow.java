package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the priority ranking, with why it stands where it does: its score S, its equity E with
 * the terms it is the mean of, the equity's contribution λ · E, and its rank value R = S + λ · E, by
 * which the rows are ordered, highest first (equal values: earlier submission first, then lower
 * number); and, going down the list, the cumulative estimated effort and whether the row is above
 * the capacity line, that is whether that cumulative effort fits in the remaining capacity. A row
 * without an estimate is flagged and counts 0 hours.
 *
 * @param position the row's place, from 1
 * @param requestId the request
 * @param number the request's number
 * @param submittedAt when the request was submitted
 * @param score S and how it was made
 * @param equity E and its terms
 * @param equityWeight λ
 * @param weightedEquity λ · E
 * @param rankValue R = S + λ · E
 * @param estimateHours the request's estimate, or null
 * @param cumulativeEffortHours the estimates of this row and the rows above it, missing ones counting 0
 * @param aboveCapacityLine whether the cumulative effort is at most the remaining capacity
 * @param estimateMissing whether the request has no estimate
 */
public record RankedRow(int position, long requestId, int number, Instant submittedAt, ScoreExplanation score,
		EquityExplanation equity, double equityWeight, double weightedEquity, double rankValue,
		BigDecimal estimateHours, BigDecimal cumulativeEffortHours, boolean aboveCapacityLine,
		boolean estimateMissing) {
}
