package org.hubdesk.request.desk;

import java.time.Instant;

import org.hubdesk.request.RequestState;

/**
 * What the desk shows of a request: its facts as one row of the query, read without loading the
 * request itself (its texts, tags, needs and co-requesters stay in the database).
 *
 * @param submittedAt when it was submitted, or when it was created for a request never submitted
 */
public record DeskLine(Long id, Integer number, String title, RequestState state, Long requesterId,
		Long assigneeId, Long affiliateId, String affiliateOther, Instant submittedAt, Instant updatedAt,
		Instant firstResponseAt) {

	/** Whether someone of the hub has replied to it. */
	public boolean answered() {
		return firstResponseAt != null;
	}
}
