package org.hubdesk.request;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The one definition of which of a hub's requests and messages a person reads, computed by
 * {@link RequestAccess}: the hub's staff read every submitted request of the hub, internal notes
 * included; anyone else signed in reads the submitted requests they request or co-request, never
 * internal notes; a visitor reads nothing. Drafts are read only through their own pages
 * ({@link #readsDraft}).
 * <p>
 * Every way of finding requests is derived from this value: the check of one request
 * ({@link #reads}), the desk's query ({@link RequestSearch}) and the search index's predicates, which
 * translate its parts ({@link #hubId}, {@link #unlisted}, {@link #requestedBy}, {@link #internalNotes},
 * {@link #nothing}) clause by clause.
 *
 * @param hubId the hub whose requests these are
 * @param personId who reads, or null for a visitor
 * @param reach how far their reading goes
 */
@NamedInterface("api")
public record ReadScope(long hubId, Long personId, Reach reach) {

	/** How far a person's reading of a hub's requests goes. */
	public enum Reach {
		/** Nothing at all: a visitor. */
		NONE,
		/** The requests they request or co-request, without internal notes. */
		OWN,
		/** Every request of the hub, internal notes included: the hub's staff. */
		HUB
	}

	/** The states whose requests nobody finds by number, on the desk or in the search. */
	private static final Set<RequestState> UNLISTED = EnumSet.of(RequestState.DRAFT);

	public ReadScope {
		if (personId == null) {
			reach = Reach.NONE;
		}
	}

	/** Whether this person reads the request (a submitted one; drafts see {@link #readsDraft}). */
	public boolean reads(HelpRequest request) {
		if (nothing() || request.getHubId() == null || request.getHubId() != hubId
				|| UNLISTED.contains(request.getState())) {
			return false;
		}
		return requestedBy().map(request::isRequestedBy).orElse(true);
	}

	/** Whether this person reads the message of a request: internal notes only with {@link #internalNotes}. */
	public boolean reads(HelpRequest request, RequestMessage message) {
		return message.getRequestId().equals(request.getId()) && reads(request)
				&& (!message.isInternal() || internalNotes());
	}

	/** Whether this person reads the draft: a draft of the hub that they request or co-request. */
	public boolean readsDraft(HelpRequest request) {
		return !nothing() && request.getHubId() != null && request.getHubId() == hubId
				&& request.getState() == RequestState.DRAFT && request.isRequestedBy(personId);
	}

	/** The states whose requests are never read as submitted ones. */
	public Set<RequestState> unlisted() {
		return UNLISTED;
	}

	/**
	 * The person whose own requests (requested or co-requested) are the only ones read, or empty
	 * when every request of the hub is (or, with {@link #nothing}, none).
	 */
	public Optional<Long> requestedBy() {
		return reach == Reach.OWN ? Optional.of(personId) : Optional.empty();
	}

	/** Whether internal notes and staff-only entries are read too. */
	public boolean internalNotes() {
		return reach == Reach.HUB;
	}

	/** Whether nothing at all is read. */
	public boolean nothing() {
		return reach == Reach.NONE;
	}
}
