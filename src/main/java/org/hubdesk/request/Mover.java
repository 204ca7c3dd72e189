package org.hubdesk.request;

import org.springframework.modulith.NamedInterface;

/**
 * Who moves a request by its lifecycle. {@link RequestState#allows} says which moves each may make;
 * a module that decides requests (a committee, a referral) adds itself here and to that table, and
 * moves requests through the same {@link HelpRequest} methods.
 */
@NamedInterface("api")
public enum Mover {

	/** The hub's staff, on the desk. */
	STAFF(true),

	/** The requester or a co-requester: withdrawing, or answering the hub's question. */
	REQUESTER(false),

	/**
	 * The hub's expert committee, through its chair: it puts a request in triage on a meeting's
	 * agenda (to review) and decides the requests in review.
	 */
	COMMITTEE(true);

	private final boolean forHub;

	Mover(boolean forHub) {
		this.forHub = forHub;
	}

	/**
	 * Whether this mover speaks for the hub: such a move must say why (the reason goes on the
	 * timeline and to the requester) and counts as the hub's response to the request.
	 */
	public boolean forHub() {
		return forHub;
	}
}
