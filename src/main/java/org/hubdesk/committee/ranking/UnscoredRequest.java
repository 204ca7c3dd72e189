package org.hubdesk.committee.ranking;

import java.time.Instant;

/**
 * A request left out of the ranking because no member has scored it yet: no member who is not
 * conflicted on it has answered every criterion of the rubric.
 *
 * @param requestId the request
 * @param number the request's number
 * @param submittedAt when the request was submitted
 */
public record UnscoredRequest(long requestId, int number, Instant submittedAt) {
}
