package org.hubdesk.request.internal;

import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving the request form in one step: a draft is saved, or saved and submitted at once, so a
 * refused submission leaves nothing half-done behind.
 */
@Service
class RequestIntake {

	private final Requests requests;

	RequestIntake(Requests requests) {
		this.requests = requests;
	}

	@Transactional
	public HelpRequest create(Hub hub, long requesterId, long actorId, RequestDetails details, Set<String> coRequesters,
			boolean submit) {
		HelpRequest draft = requests.startDraft(hub, requesterId, actorId, details, coRequesters);
		return submit ? requests.submit(hub, draft, draft.getVersion(), actorId) : draft;
	}

	@Transactional
	public HelpRequest save(Hub hub, HelpRequest draft, long expectedVersion, long actorId, RequestDetails details,
			Set<String> coRequesters, boolean submit) {
		HelpRequest saved = requests.update(draft, expectedVersion, actorId, details, coRequesters);
		return submit ? requests.submit(hub, saved, saved.getVersion(), actorId) : saved;
	}
}
