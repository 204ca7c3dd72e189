package org.hubdesk.request;

import org.springframework.modulith.NamedInterface;

/** The domain events of requests, published when the change is committed. */
@NamedInterface("events")
public final class RequestEvents {

	private RequestEvents() {
	}

	/** A request was submitted to a hub (it now has its number). */
	public record RequestSubmitted(long hubId, long requestId, int number, long requesterId) {
	}

	/** A request moved from one state to another, for a reason. */
	public record RequestStatusChanged(long hubId, long requestId, RequestState from, RequestState to, Long actorId,
			String reason) {
	}

	/** A message was posted; internal notes carry {@code internal = true} and reach staff only. */
	public record MessagePosted(long hubId, long requestId, long messageId, long authorId, boolean internal) {
	}

	/** The requesters were reminded that the hub waits for their answer. */
	public record ReminderSent(long hubId, long requestId) {
	}

	/** A request was assigned to a member of staff (or unassigned, with a null assignee). */
	public record RequestAssigned(long hubId, long requestId, Long assigneeId, Long actorId) {
	}
}
