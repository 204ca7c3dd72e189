package org.hubdesk.committee.ranking;

import java.time.Instant;
import java.util.List;

/**
 * A request left out of the ranking because, on at least one gate, more than half of the members
 * counted (not conflicted, having answered every criterion) answered “no”; exactly half is not enough.
 *
 * @param requestId the request
 * @param number the request's number
 * @param submittedAt when the request was submitted
 * @param refusals the gates that were refused, in the rubric's order, with how many “no” out of how many members
 */
public record UnrankableRequest(long requestId, int number, Instant submittedAt, List<GateRefusal> refusals) {

	public UnrankableRequest {
		refusals = List.copyOf(refusals);
	}
}
