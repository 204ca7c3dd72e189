package org.hubdesk.search.internal;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Component;

/** Public replies on the requests the viewer reads. */
@Component
class MessageKind extends RequestMessageKind {

	MessageKind(ScopePredicates scopes, Requests requests) {
		super(scopes, requests, false);
	}

	@Override
	public String name() {
		return "message";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return true;
	}
}
