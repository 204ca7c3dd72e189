package org.hubdesk.request.desk;

import java.util.Set;

import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestState;

/**
 * What the desk filters requests by; every part is optional (null or empty: no filter).
 *
 * @param states only requests in one of these states
 * @param needId only requests that need this kind of help (a node of the hub's codebook)
 * @param affiliateId only requests of this affiliate
 * @param regionCode only requests whose affiliate is in this region (requests without an affiliate are left out)
 * @param platform only requests whose content is meant for this platform
 * @param assigneeId only requests assigned to this person
 * @param unassigned only requests assigned to nobody
 * @param waitingLongerThanHours only requests still without a first response, submitted longer ago than this
 * @param text only requests whose title contains this, ignoring case
 * @param order how the results are ordered
 * @param descending the direction, or null for the order's own (newest first; longest waiting first)
 */
public record RequestQuery(Set<RequestState> states, Long needId, Long affiliateId, String regionCode,
		Platform platform, Long assigneeId, boolean unassigned, Integer waitingLongerThanHours, String text,
		Order order, Boolean descending) {

	/** The orders of the desk. */
	public enum Order {
		/** Latest submission first. */
		SUBMITTED,
		/** Latest change first. */
		UPDATED,
		/** Requests still without a first response first, longest waiting first; then the rest, oldest first. */
		FIRST_RESPONSE_AGE,
		/** Highest number first. */
		NUMBER
	}

	/** A query in its order's own direction. */
	public RequestQuery(Set<RequestState> states, Long needId, Long affiliateId, String regionCode, Platform platform,
			Long assigneeId, boolean unassigned, Integer waitingLongerThanHours, String text, Order order) {
		this(states, needId, affiliateId, regionCode, platform, assigneeId, unassigned, waitingLongerThanHours, text,
				order, null);
	}

	/** Whether the results run from the highest value down. */
	public boolean isDescending() {
		return descending != null ? descending : order != Order.FIRST_RESPONSE_AGE;
	}

	public RequestQuery {
		states = states == null ? Set.of() : Set.copyOf(states);
		order = order == null ? Order.SUBMITTED : order;
	}

	/** No filter, latest submission first. */
	public static RequestQuery all() {
		return new RequestQuery(null, null, null, null, null, null, false, null, null, null, null);
	}
}
