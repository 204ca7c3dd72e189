package org.hubdesk.request.internal;

import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a request through the API in one transaction: when it is to be submitted at once and the
 * submission is refused, no draft is left behind that the caller never heard of.
 */
@Component
class RequestIntake {

	private final Requests requests;

	RequestIntake(Requests requests) {
		this.requests = requests;
	}

	@Transactional
	HelpRequest create(Hub hub, long personId, RequestDetails details, Set<String> coRequesters, boolean submit) {
		HelpRequest request = requests.startDraft(hub, personId, personId, details, coRequesters);
		return submit ? requests.submit(hub, request, request.getVersion(), personId) : request;
	}
}
