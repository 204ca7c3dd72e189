package org.hubdesk.request.desk;

import java.util.EnumSet;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.desk.RequestQuery.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * The desk of a hub's staff: its built-in views ("assigned to me", "unassigned", "waiting longest
 * for a first reply", each of the {@link RequestState#open() open} requests only) and filters from the
 * URL, answered by the one request search the API uses too.
 */
@Service
public class Desk {

	private final RequestSearch search;
	private final RequestAccess access;
	private final int countLimit;

	Desk(RequestSearch search, RequestAccess access, @Value("${hubdesk.desk.count-limit:1000}") int countLimit) {
		this.search = search;
		this.access = access;
		this.countLimit = countLimit;
	}

	/**
	 * One page of the hub's requests matching the query, as the person reads them (all of them for
	 * the hub's staff, whom the desk is for), counted up to {@link #countLimit()} (see {@link #countLimited}).
	 */
	public Page<DeskLine> find(Hub hub, long viewerId, DeskQuery q) {
		return find(access.scope(hub, viewerId), viewerId, q);
	}

	/** One page as {@link #find(Hub, long, DeskQuery)}, for the viewer of a page, whose roles are known. */
	public Page<DeskLine> find(HubViewer viewer, DeskQuery q) {
		return find(access.scope(viewer), viewer.id(), q);
	}

	private Page<DeskLine> find(ReadScope scope, long viewerId, DeskQuery q) {
		return search.lines(scope, toSearch(q, viewerId), q.page(), DeskQuery.PAGE_SIZE, countLimit);
	}

	/** Up to how many matches the desk counts. */
	public int countLimit() {
		return countLimit;
	}

	/** Whether a page from {@link #find} stopped counting: more than {@link #countLimit()} match. */
	public boolean countLimited(Page<?> page) {
		return page.getTotalElements() > countLimit;
	}

	static RequestQuery toSearch(DeskQuery q, long viewerId) {
		Set<RequestState> states = !q.state().isEmpty() ? EnumSet.copyOf(q.state())
				: q.view() != null ? RequestState.open() : Set.of();
		Long assignee = null;
		boolean unassigned = false;
		String who = "mine".equals(q.view()) ? "me" : "unassigned".equals(q.view()) ? "none" : q.assignee();
		if (who != null) {
			switch (who) {
				case "me" -> assignee = viewerId;
				case "none" -> unassigned = true;
				default -> assignee = parse(who);
			}
		}
		Integer waiting = q.waitingHours() != null ? q.waitingHours() : "waiting".equals(q.view()) ? 0 : null;
		Order order = switch (q.effectiveSort()) {
			case "waiting" -> Order.FIRST_RESPONSE_AGE;
			case "submitted" -> Order.SUBMITTED;
			case "number" -> Order.NUMBER;
			default -> Order.UPDATED;
		};
		return new RequestQuery(states, q.need(), q.affiliate(), q.region(), q.platform(), assignee, unassigned,
				waiting, null, order, q.descending());
	}

	/** A person's id, or one that matches nobody when the value is not a number. */
	private static Long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}
}
