package org.hubdesk.request.internal;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Finds what an API call addresses, as the caller may see it: an unknown hub, a request the caller
 * may not read and someone else's draft all answer 404 alike, so existence is never revealed.
 */
@Component
class RequestApiLookup {

	private final Hubs hubs;
	private final Requests requests;
	private final RequestAccess access;

	RequestApiLookup(Hubs hubs, Requests requests, RequestAccess access) {
		this.hubs = hubs;
		this.requests = requests;
		this.access = access;
	}

	Hub hub(String slug) {
		return hubs.bySlug(slug).orElseThrow(RequestApiLookup::notFound);
	}

	/** The request with this number when the person may read it. */
	HelpRequest readable(Hub hub, int number, long personId) {
		return requests.byNumber(hub, number)
			.filter(r -> access.canRead(hub, r, personId))
			.orElseThrow(RequestApiLookup::notFound);
	}

	/** The draft with this id when the person requests it. */
	HelpRequest ownDraft(Hub hub, long id, long personId) {
		return requests.byId(id)
			.filter(r -> r.getState() == RequestState.DRAFT && r.getHubId().equals(hub.getId()))
			.filter(r -> r.isRequestedBy(personId))
			.orElseThrow(RequestApiLookup::notFound);
	}

	private static Refusal notFound() {
		return Refusal.notFound();
	}
}
