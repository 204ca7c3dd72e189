package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request to be ranked (in review, or accepted and not yet started), with what the ranking reads
 * of it.
 *
 * @param requestId the request
 * @param number the request's number, which breaks ties after the submission time
 * @param submittedAt when the request was submitted; earlier comes first among equal rank values
 * @param estimateHours the estimated effort in hours, or null when there is no estimate
 * @param groups the request's affiliate, region and affiliate type, for its equity
 * @param reviews the committee members' reviews, conflicted members' included (they are ignored)
 */
public record CandidateRequest(long requestId, int number, Instant submittedAt, BigDecimal estimateHours,
		EquityGroups groups, List<MemberReview> reviews) {

	public CandidateRequest {
		Objects.requireNonNull(submittedAt, "submittedAt");
		Objects.requireNonNull(groups, "groups");
		reviews = List.copyOf(reviews);
		if (estimateHours != null && estimateHours.signum() < 0) {
			throw new IllegalArgumentException("Request " + requestId + " has the estimate " + estimateHours);
		}
	}
}
